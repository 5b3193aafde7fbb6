package lsp

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mpreslint/mpreslint/internal/integration"
)

// nvimScript drives Neovim's built-in LSP client: it starts mpreslint lsp
// (vim.lsp.start_client, which Neovim 0.7, Debian bookworm's, has; 0.8
// added vim.lsp.start on top of it), attaches it to a Go file and a YAML
// file, waits for their diagnostics, applies the quick fix of each with
// the client's own workspace-edit code, writes the files, and waits for
// the diagnostics to clear. It writes what it saw to $RESULT.
const nvimScript = `
local out = {}
local function log(s) table.insert(out, s) end
local function finish(code)
  vim.fn.writefile(out, os.getenv('RESULT'))
  vim.cmd(code == 0 and 'qall!' or 'cquit! ' .. code)
end
local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'mpreslint',
    cmd = { os.getenv('MPRESLINT'), 'lsp' },
    root_dir = os.getenv('ROOT'),
  })
  assert(client_id, 'start_client failed')
  for _, name in ipairs({ 'main.go', 'deploy/values.yaml' }) do
    vim.cmd('edit ' .. os.getenv('ROOT') .. '/' .. name)
    local buf = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(buf, client_id)
    local t0 = vim.loop.hrtime()
    assert(vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 20), name .. ': no diagnostics')
    log(name .. ': diagnostics after ' .. math.floor((vim.loop.hrtime() - t0) / 1e6) .. ' ms')
    local d = vim.diagnostic.get(buf)[1]
    log(name .. ': ' .. d.source .. ' ' .. (d.user_data.lsp.code or '') .. ' ' .. (d.lnum + 1) .. ': ' .. d.message)
    local client = vim.lsp.get_client_by_id(client_id)
    -- The code action menu's request, at the diagnostic's start.
    vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
    local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
    params.context = { diagnostics = {}, only = { 'quickfix' } }
    local res = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
    local applied = 0
    for _, r in pairs(res or {}) do
      for _, action in ipairs(r.result or {}) do
        log(name .. ': applying ' .. action.title)
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
        applied = applied + 1
      end
    end
    assert(applied == 1, name .. ': ' .. applied .. ' quick fixes')
    vim.cmd('write')
    assert(vim.wait(60000, function() return #vim.diagnostic.get(buf) == 0 end, 20), name .. ': diagnostics not cleared')
    log(name .. ': cleared')
  end
end)
if not ok then
  log('error: ' .. tostring(err))
  finish(1)
else
  finish(0)
end
`

// TestNeovim runs the language server under Neovim's built-in client,
// headless, as a user would: diagnostics, a quick fix, a write.
func TestNeovim(t *testing.T) {
	integration.Require(t, "runs Neovim with mpreslint lsp")
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Fatalf("%v (CI installs Debian's neovim: .ci/run)", err)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "mpreslint")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/mpreslint").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	root := filepath.Join(tmp, "ws")
	writeFiles(t, root, map[string]string{
		"go.mod":             goMod,
		"main.go":            dirty,
		"deploy/values.yaml": "# é😀\nmixpanel:\n  url: \"😀\" https://api.mixpanel.com/track\n",
	})
	script := filepath.Join(tmp, "test.lua")
	if err := os.WriteFile(script, []byte(nvimScript), 0o666); err != nil {
		t.Fatal(err)
	}
	result := filepath.Join(tmp, "result")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-c", "luafile "+script)
	cmd.Dir = root
	// Neovim's log goes to XDG_CACHE_HOME, the go command's build cache
	// too unless GOCACHE says: keep the warm one.
	gocache, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Env = append(os.Environ(), "GOCACHE="+strings.TrimSpace(string(gocache)), "MPRESLINT="+bin, "ROOT="+root, "RESULT="+result,
		"XDG_CONFIG_HOME="+filepath.Join(tmp, "config"), "XDG_DATA_HOME="+filepath.Join(tmp, "data"),
		"XDG_STATE_HOME="+filepath.Join(tmp, "state"), "XDG_CACHE_HOME="+filepath.Join(tmp, "cache"))
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	start := time.Now()
	runErr := cmd.Run()
	got, _ := os.ReadFile(result)
	t.Logf("Neovim took %v:\n%s", time.Since(start).Round(time.Millisecond), got)
	if runErr != nil {
		lspLog, _ := os.ReadFile(filepath.Join(tmp, "cache", "nvim", "lsp.log"))
		t.Fatalf("nvim: %v\n%s\nlsp.log:\n%s", runErr, output.String(), lspLog)
	}
	for _, want := range []string{
		"main.go: mpreslint host 4: host api.mixpanel.com",
		"main.go: applying Use api-eu.mixpanel.com",
		"main.go: cleared",
		"deploy/values.yaml: mpreslint host 3: host api.mixpanel.com",
		"deploy/values.yaml: cleared",
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("Neovim's log lacks %q", want)
		}
	}
	for name, want := range map[string]string{
		"main.go":            strings.Replace(dirty, `"api.mixpanel.com"`, `"api-eu.mixpanel.com"`, 1),
		"deploy/values.yaml": "# é😀\nmixpanel:\n  url: \"😀\" https://api-eu.mixpanel.com/track\n",
	} {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil || string(data) != want {
			t.Errorf("%s as written: %q (%v), want %q", name, data, err, want)
		}
	}
	// Neovim stops the server at exit: shutdown, exit, and the server
	// exits 0 (Neovim reports another code).
	lspLog, _ := os.ReadFile(filepath.Join(tmp, "cache", "nvim", "lsp.log"))
	if strings.Contains(output.String()+string(lspLog), "exit code") {
		t.Errorf("the server quit abnormally:\n%s\n%s", output.String(), lspLog)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(processesOf(bin)) > 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if procs := processesOf(bin); len(procs) > 0 {
		t.Errorf("mpreslint lsp still running 10 s after Neovim: pids %v", procs)
	}
}

// processesOf returns the pids of the processes running the binary bin.
func processesOf(bin string) []string {
	var pids []string
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		if exe, err := os.Readlink(filepath.Join("/proc", e.Name(), "exe")); err == nil && exe == bin {
			pids = append(pids, e.Name())
		}
	}
	return pids
}
