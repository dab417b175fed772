package corpus

import (
	"embed"
	"io/fs"
)

//go:embed sample/*.txt
var sampleFiles embed.FS

// Sample is the bundled sample site, rooted at corpus/sample: the English
// article harbour-en.txt and its French translation harbour-fr.txt, plain
// UTF-8 text with a blank line between paragraphs. The story, the city and
// everyone in it are invented.
var Sample fs.FS = mustSub(sampleFiles, "sample")

// mustSub is fs.Sub for a directory name fixed at compile time, which
// cannot fail.
func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err)
	}
	return sub
}
