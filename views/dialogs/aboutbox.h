#pragma once

#include <QCoreApplication>

class QWidget;

// Help → About: newsdesk's version, what it is for and its licence.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    AboutBox() = delete;

    // Shows the box (modal to parent) and returns when it is closed.
    static void show(QWidget *parent);
};
