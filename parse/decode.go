package parse

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrBinary is returned, wrapped with what the data looks like, for input
// that is not text: images, PDF documents, archives, executables.
var ErrBinary = errors.New("binary data, not text")

// ErrEncoding is returned for text in an encoding dateline does not read.
var ErrEncoding = errors.New("unsupported text encoding")

// Decoding says how DecodeText read its input.
type Decoding struct {
	// Encoding is "UTF-8", "UTF-16LE" or "UTF-16BE".
	Encoding string
	// Replaced counts the invalid bytes and control characters replaced
	// with U+FFFD.
	Replaced int
}

// sniffLen is how much of the data is examined to tell text from binary
// and to recognise UTF-16 without a byte-order mark.
const sniffLen = 8 << 10

// DecodeText turns the raw bytes of a text file into a string: a UTF-8
// byte-order mark is dropped, Windows and old Mac line ends become "\n",
// and invalid UTF-8 is replaced with U+FFFD rather than dropped. UTF-16
// is decoded, with or without a byte-order mark. Binary data (images,
// PDF, executables, archives: anything with NUL bytes or many control
// characters near the start) is refused with an error wrapping ErrBinary.
func DecodeText(data []byte) (string, error) {
	s, _, err := Decode(data)
	return s, err
}

// Decode is DecodeText, also telling how the data was read. Control
// characters other than tab and line breaks, which could drive a terminal
// when the text is printed, are replaced with U+FFFD; form feeds and
// vertical tabs become line breaks.
func Decode(data []byte) (string, Decoding, error) {
	if kind := binaryKind(data); kind != "" {
		return "", Decoding{}, fmt.Errorf("%s: %w", kind, ErrBinary)
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xfe\x00\x00")), bytes.HasPrefix(data, []byte("\x00\x00\xfe\xff")):
		return "", Decoding{}, fmt.Errorf("UTF-32 (convert it to UTF-8): %w", ErrEncoding)
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeUTF16(data[2:], true)
	}
	if bigEndian, ok := looksUTF16(data); ok {
		return decodeUTF16(data, bigEndian)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if err := checkText(data[:min(len(data), sniffLen)]); err != nil {
		return "", Decoding{}, err
	}
	s, replaced := cleanUTF8(data)
	return s, Decoding{Encoding: "UTF-8", Replaced: replaced}, nil
}

// signatures are the first bytes of common binary formats, to name them
// in messages. All but GIF's start with bytes that text does not, and no
// article starts "GIF87a".
var signatures = []struct{ prefix, kind string }{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"%PDF-", "PDF document"},
	{"\x7fELF", "ELF executable"},
	{"\xcf\xfa\xed\xfe", "Mach-O executable"},
	{"\xce\xfa\xed\xfe", "Mach-O executable"},
	{"\xca\xfe\xba\xbe", "Mach-O or Java class file"},
	{"\x00asm", "WebAssembly module"},
	{"PK\x03\x04", "ZIP archive (or a .docx, .xlsx, .epub)"},
	{"\x1f\x8b", "gzip archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"Rar!\x1a\x07", "RAR archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"},
	{"SQLite format 3\x00", "SQLite database"},
	{"OggS\x00", "Ogg media"},
}

// binaryKind names the binary format data starts with, or returns "" if
// it starts like text.
func binaryKind(data []byte) string {
	for _, sig := range signatures {
		if bytes.HasPrefix(data, []byte(sig.prefix)) {
			return sig.kind
		}
	}
	if bytes.HasPrefix(data, []byte("MZ")) && bytes.IndexByte(data[:min(len(data), 64)], 0) >= 0 {
		return "Windows executable"
	}
	if len(data) >= 12 && string(data[:4]) == "RIFF" && isRIFFMedia(string(data[8:12])) {
		return "RIFF media (WAV, AVI or WebP)"
	}
	if len(data) >= 12 && string(data[:2]) == "\x00\x00" && string(data[4:8]) == "ftyp" {
		return "MP4 or QuickTime media"
	}
	return ""
}

func isRIFFMedia(form string) bool {
	return form == "WAVE" || form == "AVI " || form == "WEBP"
}

// looksUTF16 recognises UTF-16 text without a byte-order mark by its NUL
// bytes: text in the Latin script has the high byte of most characters
// zero, at odd offsets in little-endian order and even ones in big-endian.
// Text in other scripts without a byte-order mark is not recognised.
func looksUTF16(data []byte) (bigEndian, ok bool) {
	sample := data[:min(len(data), sniffLen)&^1]
	// Text without a NUL byte, most of it, is not UTF-16: the search
	// for one is much quicker than the count below.
	if len(sample) < 4 || bytes.IndexByte(sample, 0) < 0 {
		return false, false
	}
	var zeros [2]int
	for i, c := range sample {
		if c == 0 {
			zeros[i&1]++
		}
	}
	// Most characters of one parity have a zero byte, hardly any of the
	// other: binary data has zeros at both.
	units := len(sample) / 2
	switch {
	case zeros[1]*3 > units && zeros[0]*8 <= zeros[1]:
		return false, true
	case zeros[0]*3 > units && zeros[1]*8 <= zeros[0]:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 text; unpaired surrogates and a final odd
// byte become U+FFFD.
func decodeUTF16(data []byte, bigEndian bool) (string, Decoding, error) {
	d := Decoding{Encoding: "UTF-16LE"}
	if bigEndian {
		d.Encoding = "UTF-16BE"
	}
	unit := func(i int) rune {
		if bigEndian {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	var b strings.Builder
	b.Grow(len(data) / 2)
	for i := 0; i+1 < len(data); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			r2 := utf8.RuneError
			if i+3 < len(data) {
				r2 = unit(i + 2)
			}
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				r = dec
				i += 2
			} else {
				r = utf8.RuneError
				d.Replaced++
			}
		}
		b.WriteRune(r)
	}
	if len(data)%2 == 1 {
		b.WriteRune(utf8.RuneError)
		d.Replaced++
	}
	decoded := []byte(b.String())
	if err := checkText(decoded[:min(len(decoded), sniffLen)]); err != nil {
		return "", Decoding{}, fmt.Errorf("%s %w", d.Encoding, err)
	}
	s, replaced := cleanUTF8(decoded)
	d.Replaced += replaced
	return s, d, nil
}

// checkText refuses a sample of UTF-8 data that holds NUL bytes or many
// control characters (binary data), or mostly invalid UTF-8 (text in
// another encoding).
func checkText(sample []byte) error {
	if bytes.IndexByte(sample, 0) >= 0 {
		return fmt.Errorf("data with NUL bytes: %w", ErrBinary)
	}
	controls, invalid := 0, 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c < utf8.RuneSelf {
			controls += int(asciiControls[c])
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 && len(sample)-i >= utf8.UTFMax {
			invalid++
		}
		i += size
	}
	switch {
	case controls*10 > len(sample):
		return fmt.Errorf("data with many control characters: %w", ErrBinary)
	case invalid*10 > len(sample)*3:
		return fmt.Errorf("not UTF-8 (most bytes are invalid; convert it to UTF-8): %w", ErrEncoding)
	}
	return nil
}

// isControl reports whether r is a control character other than the tab
// and the line breaks kept in text.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' || r >= 0x7f && r <= 0x9f
}

// asciiControls is 1 for the ASCII bytes checkText counts as control
// characters: those isControl reports, but escape.
var asciiControls = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if isControl(rune(c)) && c != '\x1b' {
			t[c] = 1
		}
	}
	return t
}()

// plainBytes marks the bytes cleanUTF8 keeps as they are on their own:
// ASCII but for control characters and the line breaks other than "\n".
var plainBytes = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !isControl(rune(c)) && c != '\r' && c != '\f' && c != '\v'
	}
	return t
}()

// cleanUTF8 returns data as a string with a "\n" for every line end ("\r\n",
// "\r", form feed, vertical tab), and U+FFFD for every invalid byte and
// control character, which it counts. Clean data is only copied.
func cleanUTF8(data []byte) (string, int) {
	var b strings.Builder
	replaced := 0
	clean := 0 // data[:clean] needs no change and is not yet in b
	for i := 0; i < len(data); {
		c := data[i]
		if plainBytes[c] { // most of a text
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(data[i:])
		}
		var repl string
		switch {
		case r == utf8.RuneError && size == 1, isControl(r):
			repl = "\uFFFD"
			replaced++
		case c == '\r' && i+1 < len(data) && data[i+1] == '\n':
			repl = ""
		case c == '\r', c == '\f', c == '\v':
			repl = "\n"
		default:
			i += size
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(data))
		}
		b.Write(data[clean:i])
		b.WriteString(repl)
		i += size
		clean = i
	}
	if b.Cap() == 0 {
		return string(data), 0
	}
	b.Write(data[clean:])
	return b.String(), replaced
}

// CleanText is the cleaning DecodeText does for a string that is already
// decoded, such as one read from JSON: line ends become "\n", and invalid
// UTF-8 and control characters U+FFFD.
func CleanText(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f {
			clean, _ := cleanUTF8([]byte(s))
			return clean
		}
	}
	return s
}
