package driver

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// errChanged is the error of a file that changed on disk after mpreslint
// read it: its fixes would land at the wrong bytes.
var errChanged = errors.New("changed on disk since mpreslint read it; not fixed (run mpreslint -fix again)")

// readForFix reads the file name, through symbolic links, to apply fixes
// found in a run that started at start. It returns the file that holds
// the bytes (the link's target), its contents and its state; errChanged
// if it was modified after start.
func readForFix(name string, start time.Time) (target string, src []byte, info fs.FileInfo, err error) {
	target, err = filepath.EvalSymlinks(name)
	if err != nil {
		return "", nil, nil, err
	}
	info, err = os.Stat(target)
	if err != nil {
		return "", nil, nil, err
	}
	// A write during the run sets the time to then; a time in the future
	// (an archive's, a clock ahead on a mounted volume) says nothing.
	if mt := info.ModTime(); mt.After(start) && !mt.After(time.Now()) {
		return "", nil, nil, errChanged
	}
	src, err = os.ReadFile(target)
	return target, src, info, err
}

// writeFixed replaces the contents of target, read as described by info,
// with data. The file keeps its name, links, mode, owner and group:
//
//   - A file the user may not write (no write permission for its owner,
//     even for root, who could write it; or one the process cannot open
//     for writing) is left alone: fs.ErrPermission.
//   - A file changed since info was taken is left alone: errChanged.
//   - A file with one link is replaced at once: a temporary file in its
//     directory, given the file's mode, owner and group, is renamed over
//     it, so that no reader ever sees it half written.
//   - A file with several hard links (or whose owner the process cannot
//     give the temporary file, or whose directory it cannot write) is
//     written in place, so that every name keeps seeing the same file:
//     that write is not atomic.
func writeFixed(target string, info fs.FileInfo, data []byte) (err error) {
	if info.Mode().Perm()&0o200 == 0 {
		return &fs.PathError{Op: "write", Path: target, Err: fs.ErrPermission}
	}
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	now, err := f.Stat()
	if err != nil {
		return err
	}
	if !now.ModTime().Equal(info.ModTime()) || now.Size() != info.Size() {
		return errChanged
	}
	if links(now) <= 1 {
		if err := replaceFile(target, now, data); err == nil {
			return nil
		} else if !errors.Is(err, errKeepInPlace) {
			return err
		}
	}
	// In place: write, then cut what is left of the old contents.
	if _, err := f.WriteAt(data, 0); err != nil {
		return err
	}
	return f.Truncate(int64(len(data)))
}

// errKeepInPlace says that a file cannot be replaced by a new one that
// keeps its owner or group: it is written in place instead.
var errKeepInPlace = errors.New("cannot replace the file")

// replaceFile writes data to a temporary file beside target, gives it
// target's mode, owner and group, and renames it over target.
func replaceFile(target string, info fs.FileInfo, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".mpreslint-*")
	if err != nil {
		return errKeepInPlace // a directory the user cannot write
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name()) // best effort: the write failed already
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close() // the write error matters
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := keepOwner(tmp.Name(), info); err != nil {
		return errKeepInPlace
	}
	// After chown, which clears the setuid and setgid bits.
	if err := os.Chmod(tmp.Name(), info.Mode()&(fs.ModePerm|fs.ModeSetuid|fs.ModeSetgid|fs.ModeSticky)); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), target)
}
