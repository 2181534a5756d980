"""Characters the bundled kiosk font covers: ASCII, Latin-1 punctuation, CJK symbols and full-width forms,
and every character of GB 2312 (6,763 hanzi). Rarer characters fall back to the system font on screen."""
import sys

chars = set(chr(c) for c in range(0x20, 0x7F))
chars |= set(chr(c) for c in range(0xA0, 0x100))
chars |= set(chr(c) for c in range(0x2000, 0x2070))  # general punctuation
chars |= set(chr(c) for c in range(0x2100, 0x2200))  # letterlike, arrows
chars |= set(chr(c) for c in range(0x2460, 0x24FF))  # circled numbers
chars |= set(chr(c) for c in range(0x25A0, 0x2700))  # shapes, symbols
chars |= set(chr(c) for c in range(0x3000, 0x3040))  # CJK punctuation
chars |= set(chr(c) for c in range(0xFF00, 0xFFF0))  # full-width forms
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
for extra in sys.argv[1:]:
    chars |= set(open(extra, encoding='utf-8').read())
sys.stdout.write(''.join(sorted(c for c in chars if c.isprintable() or c == ' ')))
