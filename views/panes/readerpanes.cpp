#include "views/panes/readerpanes.h"

#include "views/panes/messagebar.h"

#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReaderPanes::ReaderPanes(QWidget *parent)
    : QWidget(parent)
    , m_messageBar(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_splitter->setObjectName(u"mainSplitter"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
}

void ReaderPanes::addPanes(QWidget *categories, QWidget *news, QWidget *item)
{
    m_splitter->addWidget(categories);
    m_splitter->addWidget(news);
    m_splitter->addWidget(item);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({270, 470, 540});
}

QByteArray ReaderPanes::saveState() const
{
    return m_splitter->saveState();
}

void ReaderPanes::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}
