// Runs the fuzz target once on each file named, or on each file of each folder
// named, as libFuzzer replays a corpus: builds without clang's libFuzzer (gcc,
// the sanitized gcc build) still check the seeds and every crash kept in
// seeds/ with the target's own checks. Exits 1 when an input cannot be read or
// there is none.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

QStringList inputsOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList files;
    const QDir dir(path);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

bool replay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot be read: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        for (const QString &path : inputsOf(QFile::decodeName(argv[i]))) {
            if (!replay(path))
                return 1;
            ++count;
        }
    }
    std::printf("%d inputs replayed\n", count);
    if (count == 0) {
        std::fprintf(stderr, "no inputs: name files or folders of a corpus\n");
        return 1;
    }
    return 0;
}
