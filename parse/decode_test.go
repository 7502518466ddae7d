package parse

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16, with a byte-order mark if bom.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecodeText(t *testing.T) {
	text := "Talks began on Tuesday — “in Jeddah”.\nNext line 😀.\n"
	cases := []struct {
		name     string
		data     []byte
		want     string
		encoding string
		replaced int
	}{
		{"plain", []byte(text), text, "UTF-8", 0},
		{"BOM", []byte("\xef\xbb\xbf" + text), text, "UTF-8", 0},
		{"CRLF", []byte("a\r\nb\r\n"), "a\nb\n", "UTF-8", 0},
		{"lone CR", []byte("a\rb\r"), "a\nb\n", "UTF-8", 0},
		{"form feed", []byte("a\fb"), "a\nb", "UTF-8", 0},
		{"Latin-1 byte", []byte("Caf\xe9 au lait"), "Caf\uFFFD au lait", "UTF-8", 1},
		{"each bad byte", []byte("a\xff\xfeb"), "a\uFFFD\uFFFDb", "UTF-8", 2},
		{"escape codes", []byte("red \x1b[31mtext\x1b[0m"), "red \uFFFD[31mtext\uFFFD[0m", "UTF-8", 2},
		{"C1 control", []byte("a\u0085b"), "a\uFFFDb", "UTF-8", 1},
		{"UTF-16LE BOM", utf16Bytes(text, false, true), text, "UTF-16LE", 0},
		{"UTF-16BE BOM", utf16Bytes(text, true, true), text, "UTF-16BE", 0},
		{"UTF-16LE no BOM", utf16Bytes(text, false, false), text, "UTF-16LE", 0},
		{"UTF-16BE no BOM", utf16Bytes(text, true, false), text, "UTF-16BE", 0},
		{"UTF-16 CRLF", utf16Bytes("a\r\nb", false, true), "a\nb", "UTF-16LE", 0},
		{"UTF-16 odd length", append(utf16Bytes("ab", false, true), 'c'), "ab\uFFFD", "UTF-16LE", 1},
		{"UTF-16 lone surrogate", []byte("\xff\xfea\x00\x00\xd8b\x00"), "a\uFFFDb", "UTF-16LE", 1},
		{"text starting RIFF", []byte("RIFFS between the parties widened."), "RIFFS between the parties widened.", "UTF-8", 0},
	}
	for _, c := range cases {
		got, dec, err := Decode(c.data)
		if err != nil || got != c.want || dec.Encoding != c.encoding || dec.Replaced != c.replaced {
			t.Errorf("%s: got %q %+v %v; want %q %s with %d replaced", c.name, got, dec, err, c.want, c.encoding, c.replaced)
		}
	}
}

func TestDecodeTextRefuses(t *testing.T) {
	cases := []struct {
		name string
		data string
		kind error
		says string
	}{
		{"PNG", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ErrBinary, "PNG image"},
		{"JPEG", "\xff\xd8\xff\xe0\x00\x10JFIF", ErrBinary, "JPEG image"},
		{"PDF", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", ErrBinary, "PDF document"},
		{"ELF", "\x7fELF\x02\x01\x01\x00", ErrBinary, "ELF executable"},
		{"Windows exe", "MZ\x90\x00\x03\x00\x00\x00\x04\x00", ErrBinary, "Windows executable"},
		{"zip", "PK\x03\x04\x14\x00", ErrBinary, "ZIP archive"},
		{"gzip", "\x1f\x8b\x08\x00", ErrBinary, "gzip"},
		{"NUL bytes", "text\x00\x00\x01\x02more", ErrBinary, "NUL"},
		{"control characters", strings.Repeat("\x01\x02\x03abc", 20), ErrBinary, "control characters"},
		{"UTF-32", "\xff\xfe\x00\x00a\x00\x00\x00", ErrEncoding, "UTF-32"},
		{"not UTF-8", strings.Repeat("\xe0\xe8\xec\xf2 ", 30), ErrEncoding, "not UTF-8"},
	}
	for _, c := range cases {
		_, err := DecodeText([]byte(c.data))
		if !errors.Is(err, c.kind) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: got %v, want %v saying %q", c.name, err, c.kind, c.says)
		}
	}
}

func TestCleanText(t *testing.T) {
	if got := CleanText("ok\ttext\n"); got != "ok\ttext\n" {
		t.Errorf("clean text changed: %q", got)
	}
	if got := CleanText("\x1b]0;title\x07x\r\n"); got != "\uFFFD]0;title\uFFFDx\n" {
		t.Errorf("got %q", got)
	}
}

func TestDecodeUTF16Binary(t *testing.T) {
	// Little-endian 16-bit numbers below 256 look like UTF-16 text of
	// control characters.
	data := make([]byte, 512)
	for i := 0; i < len(data); i += 2 {
		data[i] = byte(i % 31)
	}
	if _, err := DecodeText(data); !errors.Is(err, ErrBinary) {
		t.Fatalf("got %v, want ErrBinary", err)
	}
}
