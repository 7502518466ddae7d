package parse

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// sizeUnits are the units ParseSize reads, in bytes: powers of 1000, and
// of 1024 with an "i".
var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"k": 1e3, "kb": 1e3, "kib": 1 << 10,
	"m": 1e6, "mb": 1e6, "mib": 1 << 20,
	"g": 1e9, "gb": 1e9, "gib": 1 << 30,
	"t": 1e12, "tb": 1e12, "tib": 1 << 40,
}

// maxSize is the largest size ParseSize accepts, far beyond any file.
const maxSize = 1 << 62

var sizePattern = regexp.MustCompile(`^(\d{1,19})(\.\d{1,6})?\s*([A-Za-z]{0,3})$`)

// ParseSize reads a number of bytes written like "50MB", "1.5 GB", "512KiB"
// or "4096". Units are B, KB, MB, GB, TB (powers of 1000) and KiB, MiB,
// GiB, TiB (powers of 1024), without regard to case.
func ParseSize(s string) (int64, error) {
	m := sizePattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, fmt.Errorf("%q is not a size: want a number of bytes with an optional unit, like 50MB or 1GiB", s)
	}
	unit, ok := sizeUnits[strings.ToLower(m[3])]
	if !ok {
		return 0, fmt.Errorf("%q: unknown unit %q (use B, KB, MB, GB, TB, KiB, MiB, GiB or TiB)", s, m[3])
	}
	tooLarge := fmt.Errorf("%q is too large a size", s)
	whole, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil || whole > maxSize/unit {
		return 0, tooLarge
	}
	n := whole * unit
	if m[2] != "" {
		// The fraction of the unit, exact to the byte for units up to
		// TiB: six decimals of 2^40 are below 2^53.
		frac, _ := strconv.ParseFloat("0"+m[2], 64)
		n += int64(math.Round(frac * float64(unit)))
		if n > maxSize {
			return 0, tooLarge
		}
	}
	return n, nil
}

// FormatSize writes a number of bytes for people: "512 B", "4.1 KB",
// "200 MB".
func FormatSize(n int64) string {
	const units = "KMGTPE"
	if n < 1000 {
		return strconv.FormatInt(n, 10) + " B"
	}
	v := float64(n)
	i := -1
	for v >= 999.95 && i < len(units)-1 {
		v /= 1000
		i++
	}
	if v >= 100 {
		return fmt.Sprintf("%.0f %cB", v, units[i])
	}
	return fmt.Sprintf("%.1f %cB", v, units[i])
}
