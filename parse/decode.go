package parse

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary data, not text")

// DecodeText turns the raw bytes of a text file into a string: a UTF-8
// byte-order mark is dropped, Windows line ends become "\n", and invalid
// UTF-8 is replaced with U+FFFD rather than dropped. Data with NUL bytes
// is refused as binary.
func DecodeText(data []byte) (string, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return "", ErrBinary
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := string(data)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	return strings.ReplaceAll(text, "\r\n", "\n"), nil
}
