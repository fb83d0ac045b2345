#pragma once

#include <QString>
#include <QStringView>

// The characters that must never reach a terminal from item text: C0 controls
// except tab and newline (ESC starts CSI/OSC sequences: clearing the screen,
// the window title, hyperlinks, the clipboard), DEL and the C1 controls
// U+0080-U+009F (U+009B is a CSI on its own to some terminals).
//
// Text for a terminal gets a visible stand-in for each: the Unicode "control
// picture" of a C0 control or DEL (U+2400+n, U+2421: "␛" says which control it
// was, one character for one), and U+FFFD for C1, which has no pictures.
class ControlCharacters
{
public:
    ControlCharacters() = delete;

    static bool isUnsafe(char32_t c) { return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F); }
    // A carriage return before a newline is a line ending (CSV writes them), not a control.
    static bool isUnsafeAt(QStringView text, qsizetype i);
    static bool contains(QStringView text);
    // The stand-in for an unsafe character.
    static QChar standIn(char32_t c);
    // text with every unsafe character replaced by its stand-in.
    static QString visible(QStringView text);
    // text without its unsafe characters; form feed and vertical tab (white
    // space) become spaces. dropped (when given) tells whether any other was.
    static QString removed(QStringView text, bool *dropped = nullptr);

private:
    // Whether text[from, to) holds an unsafe character (isUnsafeAt()).
    static bool containsExactly(QStringView text, qsizetype from, qsizetype to);
};
