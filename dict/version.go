package dict

import (
	"crypto/sha256"
	"encoding/hex"
)

// EmbeddedVersion identifies the dictionaries built into the binary:
// "dict-" and the first 12 hex digits of the SHA-256 of the embedded
// files, read in the order of Files(). An override directory (--dict) is
// not included; KB.Version says whether one was loaded.
func EmbeddedVersion() string {
	h := sha256.New()
	for _, name := range Files() {
		b, err := embedded.ReadFile(name)
		if err != nil {
			continue // a file listed but not embedded contributes nothing
		}
		h.Write([]byte(name))
		h.Write([]byte{0})
		h.Write(b)
	}
	return "dict-" + hex.EncodeToString(h.Sum(nil)[:6])
}
