#pragma once

#include "models/export/exportoptions.h"
#include "models/store/newsitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

// Writes news items to a device in one format. Items arrive in pages, so an
// export of any size holds one page of items at a time:
//
//   exporter->setOptions(options);
//   exporter->begin(&file);
//   exporter->writeItems(page);   // as often as needed
//   exporter->finish();
//
// Each step returns false on failure and errorString() says why; after a
// failure the remaining steps do nothing. Item text is always data: every
// format escapes it. An exporter belongs to the thread that uses it; none
// needs the GUI thread (PDF needs a QGuiApplication to exist, any thread).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    virtual ~Exporter();
    Q_DISABLE_COPY_MOVE(Exporter)

    QString formatId() const { return m_formatId; } // what --format takes: "csv", "json", ...
    QString suffix() const { return m_suffix; }     // file name suffix, without the dot
    QString mimeType() const { return m_mimeType; }
    virtual QString name() const = 0; // for a person, translated
    // False when the output must be a file (it cannot go to standard output).
    virtual bool canWriteToStream() const { return true; }
    // True when the format needs a QGuiApplication (fonts, page layout).
    virtual bool needsGuiApplication() const { return false; }
    // False when the exporter writes to a target of its own (a printer, the
    // memory of a copy) and begin() takes no device.
    virtual bool writesToDevice() const { return true; }
    // False when the format ignores ExportOptions::fields (a listing file
    // holds only what the source format holds).
    virtual bool carriesFields() const { return true; }

    // "CSV table (*.csv)", for file dialogs.
    QString fileDialogFilter() const;

    ExportOptions options() const { return m_options; }
    void setOptions(const ExportOptions &options) { m_options = options; }

    bool begin(QIODevice *device);
    bool writeItems(const QList<NewsItem> &items);
    bool finish();

    QString errorString() const { return m_error; }
    qsizetype itemCount() const { return m_itemCount; }

    // The exporter for a format id, or nullptr when there is none.
    static std::unique_ptr<Exporter> create(const QString &formatId);
    static QStringList formats();
    // The format a file name asks for by its suffix ("notes.md" -> "md"), or empty.
    static QString formatForFileName(const QString &fileName);

protected:
    Exporter(const QString &formatId, const QString &suffix, const QString &mimeType);

    virtual bool writeHeader() = 0;
    virtual bool writePage(const QList<NewsItem> &items) = 0;
    virtual bool writeFooter() = 0;

    QIODevice *device() const { return m_device; }
    // Write to the device, failing with a message when the device refuses.
    bool write(const QByteArray &bytes);
    bool write(const QString &text) { return write(text.toUtf8()); }
    bool fail(const QString &message);

private:
    enum class State { Idle, Writing, Finished, Failed };

    QString m_formatId;
    QString m_suffix;
    QString m_mimeType;
    QIODevice *m_device = nullptr;
    ExportOptions m_options;
    QString m_error;
    qsizetype m_itemCount = 0;
    State m_state = State::Idle;
};
