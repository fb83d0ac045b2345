#include "app/cli/programarguments.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

struct QtOption
{
    QStringView name;   // without the dash
    QStringView value;  // what it takes, for the synopsis; empty: a switch
    bool equalsForm;    // also -name=VALUE (Qt reads it so for these)
};

// Qt 6.4's own options (qguiapplication.cpp, qapplication.cpp, the xcb
// platform plugin), and Qt 5's -fontengine.
constexpr QtOption QtOptions[] = {
    {u"platform", u"NAME[:PARAMETERS]", false},
    {u"platformtheme", u"NAME", false},
    {u"platformpluginpath", u"PATH", false},
    {u"plugin", u"NAME", false},
    {u"style", u"STYLE", true},
    {u"stylesheet", u"FILE", true},
    {u"reverse", {}, false},
    {u"qwindowgeometry", u"GEOMETRY", false},
    {u"geometry", u"GEOMETRY", false},
    {u"qwindowtitle", u"TITLE", false},
    {u"title", u"TITLE", false},
    {u"qwindowicon", u"ICON", false},
    {u"icon", u"ICON", false},
    {u"display", u"DISPLAY", false},
    {u"name", u"NAME", false},
    {u"visual", u"ID", false},
    {u"session", u"ID", false},
    {u"fontengine", u"NAME", false},
    {u"widgetcount", {}, false},
    {u"testability", {}, false},
    {u"nograb", {}, false},
    {u"dograb", {}, false},
    {u"qmljsdebugger", u"PARAMETERS", true},
};

// The Qt option argument names, or nullptr. equals: it was -name=VALUE.
const QtOption *qtOption(QStringView argument, bool &equals)
{
    if (!argument.startsWith(u'-') || argument == u"-" || argument == u"--")
        return nullptr;
    QStringView name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
    const qsizetype eq = name.indexOf(u'=');
    equals = eq >= 0;
    if (equals)
        name = name.left(eq);
    for (const QtOption &option : QtOptions) {
        if (option.name == name && (!equals || option.equalsForm))
            return &option;
    }
    return nullptr;
}

} // namespace

ProgramArguments::ProgramArguments(const QStringList &arguments, const QStringList &commands,
                                   const QStringList &valueOptions)
{
    takeQtOptions(arguments, valueOptions);
    commandFirst(commands);
}

void ProgramArguments::takeQtOptions(const QStringList &arguments, const QStringList &valueOptions)
{
    // Whether argument is one of newsdesk's options whose value is the next argument.
    const auto takesNext = [&valueOptions](QStringView argument) {
        if (!argument.startsWith(u'-') || argument.contains(u'='))
            return false;
        return valueOptions.contains(argument.mid(argument.startsWith(u"--") ? 2 : 1));
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") { // the rest are paths, whatever they look like
            m_arguments += arguments.mid(i);
            return;
        }
        if (takesNext(argument) && i + 1 < arguments.size()) {
            m_arguments << argument << arguments.at(i + 1); // an option and its value, whatever it looks like
            ++i;
            continue;
        }
        bool equals = false;
        const QtOption *option = qtOption(argument, equals);
        if (!option) {
            m_arguments.append(argument);
            continue;
        }
        m_qtArguments.append(argument);
        if (option->value.isEmpty() || equals)
            continue;
        if (i + 1 == arguments.size()) {
            m_missingValueOf = argument;
            m_missingValueName = option->value.toString();
            continue;
        }
        m_qtArguments.append(arguments.at(++i));
    }
}

QString ProgramArguments::error() const
{
    if (m_missingValueOf.isEmpty())
        return {};
    return tr("newsdesk: the Qt option %1 needs a value (%2).").arg(m_missingValueOf, m_missingValueName);
}

void ProgramArguments::commandFirst(const QStringList &commands)
{
    // The global options before the command: --db FILE (or --db=FILE).
    qsizetype i = 0;
    while (i < m_arguments.size()) {
        const QString &argument = m_arguments.at(i);
        if (argument.startsWith(u"--db="))
            i += 1;
        else if (argument == u"--db" && i + 1 < m_arguments.size())
            i += 2;
        else
            break;
    }
    m_isCommand = i < m_arguments.size() && commands.contains(m_arguments.at(i));
    if (!m_isCommand || i == 0)
        return;
    QStringList reordered{m_arguments.at(i)};
    reordered += m_arguments.mid(0, i);
    reordered += m_arguments.mid(i + 1);
    m_arguments = reordered;
}

QStringList ProgramArguments::qtOptionSynopsis()
{
    QStringList synopsis;
    for (const QtOption &option : QtOptions) {
        QString text = u'-' + option.name.toString();
        if (!option.value.isEmpty())
            text += u' ' + option.value.toString();
        synopsis.append(text);
    }
    return synopsis;
}
