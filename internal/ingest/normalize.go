package ingest

// Every reader hands its raw bytes to decodeText before anything else looks
// at them, so the rest of the package sees one kind of text: valid UTF-8,
// LF line ends, no byte-order mark, no NUL or other C0 control bytes except
// tab and newline. UTF-16 with a byte-order mark is converted; a file with
// no UTF-8 sequence at all but bytes above 0x7F is read as Windows-1252
// (Latin-1), the usual legacy encoding of English news; a UTF-8 file with a
// few broken bytes gets U+FFFD for each. Repairs that change what the
// author wrote (encoding guesses, invalid bytes, control bytes) become
// diagnostics; input that is not text at all (a binary file) is an error.

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"sitrep/internal/doc"
)

// stage is the Diagnostic.Stage name of this package.
const stage = "ingest"

// errBinary says an input looks like a binary file, not text.
var errBinary = errors.New("binary data, not text")

// errEmpty says an input holds no text.
var errEmpty = errors.New("empty: no text to analyse")

// sniffLen is how much of an input is looked at to tell binary from text.
const sniffLen = 8 << 10

// looksBinary reports whether b looks like a binary file: a NUL byte near
// the start, or many bytes that are neither text nor UTF-8.
func looksBinary(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if hasUTF16BOM(b) {
		return false
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			// A truncated rune at the end of the sniffed window is fine.
			if len(b)-i >= utf8.UTFMax {
				bad++
			}
		}
		i += size
	}
	// Latin-1 text has a few invalid bytes per line; binary has many.
	return bad*10 > len(b) && bad > 8
}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
}

// decodeText turns raw input bytes into normalised text and the
// diagnostics its repairs made. Offsets in the diagnostics are byte
// offsets into the returned text.
func decodeText(b []byte) (string, []doc.Diagnostic, error) {
	if hasUTF16BOM(b) {
		b = decodeUTF16(b)
	}
	if looksBinary(b) {
		return "", nil, errBinary
	}
	if legacy8Bit(b) {
		dec, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err == nil {
			text, diags, err := normalizeText(string(dec))
			diags = append([]doc.Diagnostic{{Stage: stage,
				Message: "input is not UTF-8 and has no UTF-8 sequence at all; decoded as Windows-1252 (Latin-1)"}}, diags...)
			return text, diags, err
		}
	}
	return normalizeText(string(b))
}

// legacy8Bit reports whether b is not UTF-8 and holds no multi-byte
// UTF-8 sequence at all: text in a single-byte encoding such as Latin-1,
// not UTF-8 with a few broken bytes (which normalizeText repairs).
func legacy8Bit(b []byte) bool {
	if utf8.Valid(b) {
		return false
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if size > 1 && r != utf8.RuneError {
			return false
		}
		i += size
	}
	return true
}

// decodeUTF16 converts UTF-16 text with a byte-order mark to UTF-8.
func decodeUTF16(b []byte) []byte {
	big := b[0] == 0xFE
	b = b[2:]
	u := make([]uint16, len(b)/2)
	for i := range u {
		if big {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// normalizeText normalises s as decodeText does, for text that came out
// of a structured format (JSON strings, feed fields) rather than a file.
// It fails only with errEmpty.
func normalizeText(s string) (string, []doc.Diagnostic, error) {
	s = strings.TrimPrefix(s, "\uFEFF")
	var diags []doc.Diagnostic
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if !utf8.ValidString(s) {
		var sb strings.Builder
		sb.Grow(len(s) + 16)
		first, n := -1, 0
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				if first < 0 {
					first = sb.Len()
				}
				n++
				sb.WriteRune(utf8.RuneError)
				i++
				continue
			}
			sb.WriteString(s[i : i+size])
			i += size
		}
		s = sb.String()
		diags = append(diags, doc.Diagnostic{Stage: stage,
			Message: fmt.Sprintf("input is not valid UTF-8: %d invalid byte(s) replaced with U+FFFD", n),
			Start:   first, End: first + len("\uFFFD")})
	}
	if i := strings.IndexFunc(s, isControl); i >= 0 {
		n := 0
		s = strings.Map(func(r rune) rune {
			if isControl(r) {
				n++
				return ' '
			}
			return r
		}, s)
		diags = append(diags, doc.Diagnostic{Stage: stage,
			Message: fmt.Sprintf("%d control character(s) (NUL, escape, …) replaced with spaces", n),
			Start:   i, End: i + 1})
	}
	if strings.TrimSpace(s) == "" {
		return "", nil, errEmpty
	}
	return s, diags, nil
}

// isControl reports whether r is a C0 control or DEL other than tab,
// newline and form feed. Each is one byte, so replacing it with a space
// keeps every offset.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\f' || r == 0x7f
}
