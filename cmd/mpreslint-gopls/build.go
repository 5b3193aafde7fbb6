package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/mpreslint/mpreslint/analyzer"
)

// config says what to build.
type config struct {
	out              string           // directory to write gopls to
	goplsVersion     string           // gopls module version
	opts             analyzer.Options // mpreslint's options, fixed in the build
	mpreslintDir     string           // the mpreslint module's directory, or else
	mpreslintVersion string           // its version on the module proxy
}

// build writes cfg.out/gopls: gopls with mpreslint among its analyzers.
func build(ctx context.Context, cfg config) error {
	out, err := filepath.Abs(cfg.out)
	if err != nil {
		return err
	}
	logf("downloading gopls %s", cfg.goplsVersion)
	var dl struct{ Version, Dir, Error string }
	data, err := goCmd(ctx, "", "mod", "download", "-json", "golang.org/x/tools/gopls@"+cfg.goplsVersion)
	if json.Unmarshal(data, &dl) == nil && dl.Error != "" {
		return fmt.Errorf("%s\nmpreslint-gopls is known to work with gopls %s", dl.Error, strings.Join(knownGood, ", "))
	}
	if err != nil {
		return err
	}
	if err := checkFits(dl.Dir, dl.Version); err != nil {
		return err
	}

	work, err := os.MkdirTemp("", "mpreslint-gopls-")
	if err != nil {
		return err
	}
	defer func() { _ = os.RemoveAll(work) }() // best effort: a temporary directory
	if err := os.CopyFS(work, os.DirFS(dl.Dir)); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, settingsDir, patchFile), patchSource(cfg.opts), 0o644); err != nil {
		return err
	}
	pin, err := requiredVersion(ctx, work, toolsModule)
	if err != nil {
		return fmt.Errorf("gopls %s: %v", dl.Version, err)
	}
	// Keep gopls's x/tools: it uses x/tools internals that change often.
	edit := []string{"mod", "edit", "-replace=" + toolsModule + "=" + toolsModule + "@" + pin}
	if cfg.mpreslintDir != "" {
		edit = append(edit,
			"-require="+modulePath+"@v0.0.0-00010101000000-000000000000",
			"-replace="+modulePath+"="+cfg.mpreslintDir)
	} else {
		edit = append(edit, "-require="+modulePath+"@"+cfg.mpreslintVersion)
	}
	if _, err := goCmd(ctx, work, edit...); err != nil {
		return err
	}

	exe := filepath.Join(out, "gopls")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	from := cfg.mpreslintDir
	if from == "" {
		from = modulePath + "@" + cfg.mpreslintVersion
	}
	logf("building %s: gopls %s with mpreslint from %s, region %s", exe, dl.Version, from, cfg.opts.Region)
	if _, err := goCmd(ctx, work, "build", "-mod=mod", "-o", exe, "."); err != nil {
		return fmt.Errorf("%v\nbuilding gopls %s with mpreslint failed; known to work: gopls %s",
			err, dl.Version, strings.Join(knownGood, ", "))
	}
	return nil
}

// moduleDir returns the directory of the mpreslint module that the go
// command sees from dir.
func moduleDir(ctx context.Context, dir string) (string, error) {
	out, err := goCmd(ctx, dir, "list", "-m", "-f", "{{.Dir}}", modulePath)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

// requiredVersion returns the version of module path that the go.mod in
// dir requires.
func requiredVersion(ctx context.Context, dir, path string) (string, error) {
	data, err := goCmd(ctx, dir, "mod", "edit", "-json")
	if err != nil {
		return "", err
	}
	var mod struct {
		Require []struct{ Path, Version string }
	}
	if err := json.Unmarshal(data, &mod); err != nil {
		return "", err
	}
	for _, r := range mod.Require {
		if r.Path == path {
			return r.Version, nil
		}
	}
	return "", fmt.Errorf("go.mod does not require %s", path)
}

// goCmd runs the go command in dir and returns its standard output.
func goCmd(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, bytes.TrimSpace(stderr.Bytes()))
	}
	return out, nil
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "mpreslint-gopls: "+format+"\n", args...)
}
