package driver

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strings"

	"github.com/mpreslint/mpreslint/internal/files"
)

// runLog is what a run tells besides its findings, for the SARIF log.
type runLog struct {
	errs, notes []string // lines as printed
	skipped     []files.Skip
}

// log returns what the report holds for the SARIF log.
func (r *report) log() runLog { return runLog{r.errs, r.notes, r.skipped} }

// report gathers what a run tells besides its findings: errors (each
// makes the exit code 1), notes, the files skipped, and the summary of
// -fix. Every line has one form, "mpreslint: path: message", with paths
// as in the findings.
type report struct {
	errs    []string
	notes   []string
	skipped []files.Skip
	summary string // of -fix
}

func (r *report) errorf(format string, args ...any) {
	r.errs = append(r.errs, "mpreslint: "+fmt.Sprintf(format, args...))
}

// note adds the notes of a walk, each once: the walk of the packages'
// directories may meet a checkout again.
func (r *report) note(notes []files.Note, paths pathDisplay) {
	for _, n := range notes {
		if line := "mpreslint: " + paths.dir(n.Path) + ": " + n.Message; !slices.Contains(r.notes, line) {
			r.notes = append(r.notes, line)
		}
	}
}

// pathErrs adds errors met reading files and directories.
func (r *report) pathErrs(errs []error, paths pathDisplay) {
	for _, err := range errs {
		r.errorf("%s", pathError(err, paths))
	}
}

// pathError formats err as "path: message", the path for display.
func pathError(err error, paths pathDisplay) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return paths.file(pe.Path) + ": " + pe.Err.Error()
	}
	return err.Error()
}

// printLog prints the errors and notes, and with verbose the files
// skipped, one per line.
func (r *report) printLog(w io.Writer, verbose bool, paths pathDisplay) {
	for _, line := range append(slices.Clone(r.errs), r.notes...) {
		printf(w, "%s\n", line)
	}
	if verbose {
		for _, s := range r.skipped {
			printf(w, "mpreslint: %s: skipped: %s\n", paths.file(s.Path), s.Reason)
		}
	}
}

// printSummary prints the one line that sums up the files skipped, and
// the summary of -fix.
func (r *report) printSummary(w io.Writer, verbose bool) {
	if line := skippedSummary(r.skipped); line != "" {
		if !verbose {
			line += " (-v lists them)"
		}
		printf(w, "mpreslint: %s\n", line)
	}
	if r.summary != "" {
		printf(w, "mpreslint: %s\n", r.summary)
	}
}

// skippedSummary sums up the files skipped and why, the most frequent
// reason first: "skipped 3 files: 2 over 1 MiB, 1 minified"; "" if none.
func skippedSummary(skipped []files.Skip) string {
	if len(skipped) == 0 {
		return ""
	}
	count := make(map[string]int)
	for _, s := range skipped {
		count[s.Reason]++
	}
	reasons := slices.SortedFunc(maps.Keys(count), func(x, y string) int {
		if count[x] != count[y] {
			return count[y] - count[x]
		}
		return strings.Compare(x, y)
	})
	var parts []string
	for _, reason := range reasons {
		parts = append(parts, fmt.Sprintf("%d %s", count[reason], reason))
	}
	return fmt.Sprintf("skipped %s: %s", plural(len(skipped), "file"), strings.Join(parts, ", "))
}

// plural returns "1 file", "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
