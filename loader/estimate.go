package loader

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Estimate guesses how many articles paths hold, for a progress bar's
// total: one per file, one per non-empty line of JSON Lines files. It
// returns -1 when it cannot know (stdin). It reads JSON Lines files once
// more than loading does, which is cheap next to extracting them.
func Estimate(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			switch strings.ToLower(filepath.Ext(name)) {
			case ".jsonl", ".ndjson":
				data, err := os.ReadFile(path)
				if err != nil {
					n++
					return nil
				}
				for _, line := range bytes.Split(data, []byte("\n")) {
					if len(bytes.TrimSpace(line)) > 0 {
						n++
					}
				}
			case ".txt", ".text", ".md", ".markdown", ".json", ".html", ".htm", "":
				n++
			}
			return nil
		})
	}
	return n
}
