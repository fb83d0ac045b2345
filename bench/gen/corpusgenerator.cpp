#include "corpusgenerator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QThread>

#include <atomic>
#include <cmath>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------- vocabulary

// Function words, most frequent first (relative weights).
constexpr std::pair<const char *, double> FunctionWords[] = {
    {"och", 40}, {"i", 35}, {"att", 30}, {"på", 20}, {"för", 20}, {"med", 15}, {"en", 15}, {"av", 15},
    {"till", 14}, {"som", 14}, {"är", 12}, {"den", 10}, {"har", 10}, {"kan", 9}, {"ett", 9}, {"det", 8},
    {"om", 8}, {"ska", 7}, {"nu", 6}, {"de", 6}, {"från", 6}, {"inte", 5}, {"eller", 5}, {"under", 5},
    {"över", 4}, {"även", 3}, {"mellan", 3}, {"efter", 3}, {"vid", 3}, {"genom", 3}, {"men", 3},
    {"också", 3}, {"sedan", 2}, {"samt", 2}, {"när", 2}, {"där", 2}, {"alla", 2}, {"sin", 2}, {"sina", 1.5},
    {"andra", 1.5}, {"fler", 1.5}, {"hela", 1.2}, {"inom", 1.2}, {"utan", 1}, {"mot", 1}, {"bland", 1},
    {"hos", 1}, {"kring", 0.8}, {"enligt", 0.8}, {"inför", 0.8}, {"redan", 0.7}, {"dock", 0.6},
    {"därför", 0.6}, {"alltså", 0.5}, {"cirka", 0.5}, {"nästan", 0.5}, {"minst", 0.4}, {"totalt", 0.4},
    {"samtidigt", 0.4}, {"ännu", 0.3}, {"fortfarande", 0.3}, {"kanske", 0.3},
};

// Content words, roughly by frequency; weights follow a Zipf curve.
constexpr const char *ContentWords[] = {
    "region", "regionen", "vaccination", "vård", "sjukvård", "hälsa", "kollektivtrafik", "personer",
    "kronor", "miljoner", "procent", "invånare", "arbetet", "nya", "år", "vaccin", "budget", "trafiken",
    "boka", "tid", "länet", "länets", "resultat", "covid-19", "dos", "kommuner", "vecka", "plan",
    "beslut", "ny", "visar", "öppnar", "kommer", "finns", "får", "ger", "gör", "går", "tar", "behöver",
    "måste", "blir", "vården", "sjukvården", "patienter", "sjukhus", "vårdcentral", "akutsjukhus",
    "mottagning", "medarbetare", "personal", "läkare", "sjuksköterskor", "pandemin", "smittspridning",
    "påfyllnadsdos", "vaccinet", "vaccinationen", "bussar", "bussarna", "tunnelbanan", "pendeltåg",
    "spårvagn", "spårväg", "lokalbana", "station", "stationen", "resenärer", "resenärerna", "biljett",
    "biljetter", "taxa", "tidtabell", "avgångar", "trafikförvaltningen", "trafiknämnden",
    "regionfullmäktige", "regionstyrelsen", "beslutet", "budgeten", "ekonomi", "ekonomin", "resultatet",
    "prognos", "miljarder", "underskott", "överskott", "kostnader", "intäkter", "skatteintäkter",
    "investeringar", "satsning", "satsningen", "planen", "strategi", "strategin", "arbete", "projekt",
    "projektet", "uppdrag", "utveckling", "utvecklingen", "forskning", "innovation", "kultur", "kulturen",
    "konst", "konstnärer", "musik", "teater", "dans", "film", "bibliotek", "studieförbund", "föreningar",
    "stöd", "bidrag", "ansökan", "ansökningar", "invånarna", "befolkningen", "barn", "unga", "ungdomar",
    "äldre", "kvinnor", "män", "familjer", "elever", "studenter", "företag", "näringsliv",
    "arbetsmarknad", "bostäder", "miljö", "klimat", "klimatet", "utsläpp", "energi", "hållbar",
    "hållbarhet", "cykel", "cykelbanor", "trafiksäkerhet", "tillgänglighet", "kapacitet", "kvalitet",
    "säkerhet", "beredskap", "krisen", "tillsammans", "samarbete", "samverkan", "kommunerna", "landet",
    "staden", "stadsdelar", "information", "kampanj", "kampanjen", "enkät", "undersökning", "rapport",
    "rapporten", "uppföljning", "statistik", "digitala", "tjänst", "tjänster", "appen", "webbplats",
    "telefon", "bokning", "bokningen", "tider", "veckan", "månad", "månaden", "året", "dag", "dagar",
    "idag", "morgon", "kväll", "helg", "sommaren", "hösten", "vintern", "våren", "januari", "februari",
    "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "nytt", "stor", "stora",
    "större", "största", "små", "mindre", "viktig", "viktigt", "viktiga", "god", "bra", "bättre", "bäst",
    "snabbt", "snabbare", "enkelt", "tydligt", "ökad", "ökar", "ökade", "minskar", "minskade",
    "minskning", "ökning", "höjs", "sänks", "förbättra", "förbättras", "förbättring", "erbjuda",
    "erbjuder", "erbjudande", "öppnade", "stänger", "stängs", "startar", "börjar", "avslutas",
    "fortsätter", "inleder", "genomför", "genomförs", "planerar", "planeras", "visade", "redovisar",
    "presenterar", "meddelar", "välkomnar", "blev", "fanns", "fick", "gav", "gjorde", "gick", "tog",
    "ser", "såg", "vill", "kunna", "vara", "varit", "ha", "haft", "göra", "få", "ta", "se", "kommit",
    "nått", "passerat", "exempelvis", "ungefär", "högst", "direkt", "karta", "kassa", "kartläggning",
    "kameror", "kanal", "kapitel", "kallelse", "kalender", "kalkyl", "tandvård", "psykiatri",
    "läkemedel", "primärvård", "akutmottagning", "förlossning", "graviditet", "ambulans", "helikopter",
    "väntetider", "köer", "remiss", "provtagning", "provsvar", "symtom", "smitta", "rekommendationer",
    "riktlinjer", "åtgärder", "förändring", "förändringar", "översyn", "förslag", "remissvar",
    "yttrande", "motion", "interpellation", "sammanträde", "ledamöter", "ordförande", "nämnden",
    "förvaltningen", "direktör", "ledning", "styrning", "organisation", "upphandling", "avtal",
    "leverantör", "entreprenör", "byggstart", "ombyggnad", "renovering", "spår", "tunnel", "bro",
    "depå", "vagnar", "fordon", "elbussar", "laddning", "infartsparkering", "pendlare", "skärgården",
    "båtar", "färjor", "sjötrafik", "färdtjänst", "öppettider", "sommarjobb", "praktik", "utbildning",
    "kompetens", "rekrytering", "löner", "arbetsmiljö", "jämställdhet", "mångfald", "delaktighet",
    "trygghet", "våld", "brott", "polisen", "räddningstjänsten", "översvämning", "värmebölja",
    "åska", "snö", "halka", "älvar", "sjöar", "skog", "natur", "friluftsliv", "idrott", "turism",
};

// Proper nouns, written capitalised everywhere.
constexpr std::pair<const char *, double> ProperNouns[] = {
    {"Stockholm", 6}, {"Stockholms", 3}, {"Sverige", 6}, {"Södertälje", 2}, {"Solna", 2},
    {"Huddinge", 2}, {"Nacka", 2}, {"Täby", 1.5}, {"Järfälla", 1.5}, {"Norrtälje", 1.5}, {"Lidingö", 1},
    {"Sollentuna", 1}, {"Botkyrka", 1}, {"Haninge", 1}, {"Karolinska", 3}, {"Danderyd", 1},
    {"Folkhälsomyndigheten", 2}, {"Trafikverket", 1}, {"SL", 4}, {"EU", 2}, {"Roslagsbanan", 1},
    {"Saltsjöbanan", 0.7}, {"Tvärbanan", 0.7}, {"Uppsala", 1}, {"Österåker", 0.5}, {"Värmdö", 0.5},
};

// Compounds of these make a long tail of rarer words.
constexpr const char *CompoundHeads[] = {
    "vaccinations", "trafik", "region", "hälso", "kultur", "klimat", "sjukvårds", "kollektivtrafik",
    "bostads", "cykel", "energi", "vatten", "miljö", "forsknings", "sjukhus", "skol", "barn", "äldre",
    "buss", "tåg", "tunnelbane", "pendel", "kris", "budget", "invånar", "patient", "läkemedels",
    "tandvårds", "digitaliserings", "samverkans", "personal", "kompetens", "upphandlings", "fastighets",
    "säkerhets", "infrastruktur", "närings", "turism", "idrotts", "konst",
};
constexpr const char *CompoundTails[] = {
    "mottagning", "plan", "arbete", "förvaltning", "nämnd", "strategi", "projekt", "satsning", "rapport",
    "budget", "avtal", "frågor", "insatser", "program", "stöd", "område", "nätverk", "centrum", "enhet",
    "tjänst", "läge", "utredning", "beslut", "kostnader", "behov", "kapacitet", "system", "data",
    "uppdrag", "frågan", "perspektiv", "dialog", "råd", "ansvar", "mål", "modell", "process",
    "samarbete", "utveckling", "forum",
};

// Words with a fixed share of items, so searches for them have known sizes.
struct Marker
{
    const char *word;
    double perItem;
};
constexpr Marker Markers[] = {{"kalibrering", 0.001}, {"kalium", 0.0002}};

constexpr const char *Months[] = {"januari", "februari", "mars", "april", "maj", "juni", "juli",
                                  "augusti", "september", "oktober", "november", "december"};

// The 11 categories of the sample listings (with their rough shares), then
// rarer ones. Every name ends in a lowercase letter, so names written together
// can be told apart; "eHälsa" has an inner capital (and starts in lowercase,
// so the generator writes it first on its line: after another name no
// splitter could find where it begins).
constexpr std::pair<const char *, double> Categories[] = {
    {"Hälso- och sjukvård", 30}, {"Kollektivtrafik", 12}, {"Ekonomi och budget", 8},
    {"Organisation och styrning", 7}, {"Kultur", 5}, {"Forskning och innovation", 4.5},
    {"Projekt inom lokalbana-spårvagn", 3.5}, {"Regional utveckling", 3}, {"Politiska sammanträden", 2.5},
    {"Stöd", 2}, {"Kultur och hälsa", 1.5},
    {"Miljö och klimat", 1.2}, {"Tandvård", 1.1}, {"Psykiatri", 1.0}, {"Life Science", 0.9},
    {"eHälsa", 0.8}, {"Barn och unga", 0.75}, {"Äldreomsorg", 0.7}, {"Upphandling", 0.65},
    {"Fastigheter", 0.6}, {"Digitalisering", 0.55}, {"Kompetensförsörjning", 0.5}, {"Krisberedskap", 0.45},
    {"Läkemedel", 0.42}, {"Vårdval", 0.4}, {"Primärvård", 0.37}, {"Akutsjukvård", 0.34}, {"Folkhälsa", 0.31},
    {"Jämställdhet", 0.28}, {"Mänskliga rättigheter", 0.25}, {"Internationellt samarbete", 0.22},
    {"Skärgårdstrafik", 0.2}, {"Färdtjänst", 0.18}, {"Cykel och gång", 0.16}, {"Bostäder och bebyggelse", 0.14},
    {"Näringsliv", 0.12}, {"Turism", 0.1}, {"Idrott och friluftsliv", 0.08}, {"Öppna data", 0.06},
    {"Vaccination", 0.05},
};

struct Word
{
    QByteArray text;        // as written mid-sentence
    QByteArray capitalised; // at the start of a sentence
    int chars = 0;
};

QByteArray capitalise(const QByteArray &utf8)
{
    QString s = QString::fromUtf8(utf8);
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s.toUtf8();
}

Word makeWord(const QByteArray &utf8)
{
    return {utf8, capitalise(utf8), int(QString::fromUtf8(utf8).size())};
}

// Draws words by weight in O(1) with Walker's alias method: one 64-bit random
// number per word, tables small enough to stay in cache.
class Vocabulary
{
public:
    Vocabulary()
    {
        struct Entry { QByteArray word; double weight; };
        QList<Entry> function, content, proper, compounds;
        QSet<QByteArray> seen;
        auto add = [&](QList<Entry> &into, const QByteArray &word, double weight) {
            if (!seen.contains(word)) {
                seen.insert(word);
                into.append({word, weight});
            }
        };
        for (const auto &[word, weight] : FunctionWords)
            add(function, word, weight);
        int rank = 0;
        for (const char *word : ContentWords)
            add(content, word, 10.0 / std::pow(rank++ + 2, 0.9));
        for (const auto &[word, weight] : ProperNouns)
            add(proper, word, weight);
        // Interleave heads and tails so frequency does not follow the alphabet.
        rank = 0;
        const int heads = int(std::size(CompoundHeads));
        const int tails = int(std::size(CompoundTails));
        for (int k = 0; k < heads * tails; ++k) {
            const int h = k % heads;
            const int t = (k / heads + h * 7) % tails;
            add(compounds, QByteArray(CompoundHeads[h]) + CompoundTails[t], 2.0 / (rank++ + 20));
        }

        std::vector<double> weights;
        auto fill = [&](const QList<Entry> &entries, double share) {
            double sum = 0;
            for (const Entry &e : entries)
                sum += e.weight;
            for (const Entry &e : entries) {
                m_words.push_back(makeWord(e.word));
                weights.push_back(share * e.weight / sum);
            }
        };
        fill(function, 0.42);
        fill(content, 0.42);
        fill(proper, 0.06);
        fill(compounds, 0.10);
        buildAlias(weights);

        for (const auto &[name, weight] : Categories) {
            m_categories.push_back(QByteArray(name));
            m_categoryWeightSum += weight;
            m_categoryCumulative.push_back(m_categoryWeightSum);
        }
        for (const char *month : Months)
            m_months.push_back(QByteArray(month));
    }

    const Word &draw(QRandomGenerator &rng) const
    {
        const quint64 r = rng.generate64();
        const auto column = quint32((quint64(quint32(r >> 32)) * m_threshold.size()) >> 32);
        return m_words[quint32(r) < m_threshold[column] ? column : m_alias[column]];
    }

    int drawCategory(QRandomGenerator &rng) const
    {
        const double x = rng.generateDouble() * m_categoryWeightSum;
        const auto it = std::upper_bound(m_categoryCumulative.begin(), m_categoryCumulative.end(), x);
        return int(std::min<qsizetype>(it - m_categoryCumulative.begin(), qsizetype(m_categories.size()) - 1));
    }
    const QByteArray &category(int index) const { return m_categories[size_t(index)]; }
    const QByteArray &month(int index) const { return m_months[size_t(index)]; }

private:
    void buildAlias(const std::vector<double> &weights)
    {
        const size_t n = weights.size();
        double total = 0;
        for (double w : weights)
            total += w;
        std::vector<double> scaled(n);
        std::vector<size_t> small, large;
        for (size_t i = 0; i < n; ++i) {
            scaled[i] = weights[i] / total * double(n);
            (scaled[i] < 1.0 ? small : large).push_back(i);
        }
        m_threshold.assign(n, 0xffffffffu);
        m_alias.resize(n);
        for (size_t i = 0; i < n; ++i)
            m_alias[i] = quint32(i);
        while (!small.empty() && !large.empty()) {
            const size_t s = small.back();
            small.pop_back();
            const size_t l = large.back();
            m_threshold[s] = quint32(std::min(scaled[s], 1.0) * 4294967295.0);
            m_alias[s] = quint32(l);
            scaled[l] -= 1.0 - scaled[s];
            if (scaled[l] < 1.0) {
                large.pop_back();
                small.push_back(l);
            }
        }
    }

    std::vector<Word> m_words;
    std::vector<quint32> m_threshold; // keep the column's own word below this
    std::vector<quint32> m_alias;
    std::vector<QByteArray> m_categories;
    std::vector<double> m_categoryCumulative;
    double m_categoryWeightSum = 0;
    std::vector<QByteArray> m_months;
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

// ---------------------------------------------------------------- items

// Appends text and counts characters (UTF-16 units, as QString::size()).
struct Text
{
    QByteArray &out;
    int chars = 0;

    void add(const QByteArray &bytes, int n)
    {
        out.append(bytes);
        chars += n;
    }
    void add(char c)
    {
        out.append(c);
        ++chars;
    }
    void addNumber(qint64 n)
    {
        const QByteArray digits = QByteArray::number(n);
        add(digits, int(digits.size()));
    }
};

// A phrase with a number, as news text has ("40 procent", "den 9 maj").
void addNumberPhrase(Text &t, QRandomGenerator &rng)
{
    const Vocabulary &v = vocabulary();
    switch (rng.bounded(5)) {
    case 0:
        t.addNumber(rng.bounded(1, 100));
        t.add(" procent", 8);
        break;
    case 1:
        t.addNumber(rng.bounded(1, 999));
        t.add(" miljoner kronor", 16);
        break;
    case 2: {
        t.add("den ", 4);
        t.addNumber(rng.bounded(1, 29));
        t.add(' ');
        const QByteArray &m = v.month(rng.bounded(12));
        t.add(m, int(QString::fromUtf8(m).size()));
        break;
    }
    case 3:
        t.addNumber(rng.bounded(2015, 2026));
        break;
    default:
        t.addNumber(rng.bounded(2, 5000));
        t.add(" personer", 9);
        break;
    }
}

// Sentences until about targetChars characters.
void addParagraph(Text &t, QRandomGenerator &rng, int targetChars, const QByteArray &marker)
{
    const Vocabulary &v = vocabulary();
    const int start = t.chars;
    bool markerDone = marker.isEmpty();
    bool first = true;
    while (first || t.chars - start < targetChars) {
        if (!first)
            t.add(' ');
        first = false;
        const int words = 5 + rng.bounded(12);
        for (int w = 0; w < words; ++w) {
            if (w > 0)
                t.add(' ');
            const quint32 roll = rng.bounded(100u);
            if (w > 0 && roll < 4) {
                addNumberPhrase(t, rng);
            } else if (w > 0 && roll < 5 && rng.bounded(4u) == 0) {
                t.add("Region Stockholm", 16);
            } else if (w > 1 && !markerDone && roll < 20) {
                t.add(marker, int(QString::fromUtf8(marker).size()));
                markerDone = true;
            } else {
                const Word &word = v.draw(rng);
                if (w == 0)
                    t.add(word.capitalised, word.chars);
                else
                    t.add(word.text, word.chars);
            }
            if (w > 0 && w + 1 < words && rng.bounded(100u) < 5)
                t.add(',');
            // Stop a sentence early rather than overrun the paragraph.
            if (w >= 3 && t.chars - start >= targetChars)
                break;
        }
        t.add('.');
        if (!markerDone && t.chars - start >= targetChars) {
            t.add(' ');
            t.add("Det gäller ", 11);
            t.add(marker, int(QString::fromUtf8(marker).size()));
            t.add('.');
            markerDone = true;
        }
    }
    // Some sample paragraphs end in a no-break space.
    if (rng.bounded(100u) < 5)
        t.add("\xC2\xA0", 1);
}

void addItem(QByteArray &out, QRandomGenerator &rng)
{
    const Vocabulary &v = vocabulary();

    // " • Title" of 40..120 characters.
    out.append(" \xE2\x80\xA2 ");
    {
        Text t{out};
        const int target = 40 + rng.bounded(81);
        bool first = true;
        if (rng.bounded(100u) < 15) {
            t.add("Region Stockholm", 16);
            first = false;
        }
        while (t.chars < target) {
            const Word &word = v.draw(rng);
            const int extra = first ? word.chars : word.chars + 1;
            if (t.chars + extra > 120) {
                if (t.chars >= 40)
                    break;
                continue;
            }
            if (!first)
                t.add(' ');
            t.add(first ? word.capitalised : word.text, word.chars);
            first = false;
        }
        if (rng.bounded(100u) < 8 && t.chars < 120)
            t.add('?');
    }
    out.append("\n\n");

    // Summary of 150..600 characters, sometimes two paragraphs.
    QByteArray marker;
    for (const Marker &m : Markers) {
        if (rng.generateDouble() < m.perItem)
            marker = m.word;
    }
    if (rng.bounded(100u) < 35)
        marker = marker.isEmpty() ? QByteArray("Region Stockholm") : marker;
    // A paragraph ends a few words past its target (a sentence has at least
    // four), plus maybe a closing sentence naming the marker: targets of
    // 150..500 give summaries of 150..600 characters.
    const int target = 150 + rng.bounded(351);
    const bool two = target >= 300 && rng.bounded(100u) < 25;
    const int firstTarget = two ? target / 2 + rng.bounded(target / 4) - target / 8 : target;
    {
        out.append("  ");
        Text t{out};
        addParagraph(t, rng, firstTarget, marker);
        out.append("\n\n");
    }
    if (two) {
        out.append("  ");
        Text t{out};
        addParagraph(t, rng, target - firstTarget - 2, {}); // the blank line between counts as two
        out.append("\n\n");
    }

    // 1..3 categories, written together.
    const quint32 roll = rng.bounded(100u);
    const int count = roll < 50 ? 1 : roll < 85 ? 2 : 3;
    int picked[3] = {-1, -1, -1};
    for (int k = 0; k < count; ++k) {
        int c = v.drawCategory(rng);
        for (int tries = 0; tries < 8 && (c == picked[0] || c == picked[1]); ++tries)
            c = v.drawCategory(rng);
        if (c == picked[0] || c == picked[1])
            continue;
        picked[k] = c;
    }
    // A name starting in lowercase goes first (see Categories).
    for (int k = 1; k < 3; ++k) {
        if (picked[k] >= 0 && QChar(char16_t(uchar(v.category(picked[k]).at(0)))).isLower())
            std::swap(picked[0], picked[k]);
    }
    out.append("  ");
    for (int c : picked) {
        if (c >= 0)
            out.append(v.category(c));
    }
}

QRandomGenerator fileGenerator(quint64 seed, int index)
{
    const quint32 words[] = {quint32(seed), quint32(seed >> 32), quint32(index), 0x6e657773u};
    return QRandomGenerator(words, qsizetype(std::size(words)));
}

} // namespace

CorpusGenerator::CorpusGenerator(CorpusOptions options)
    : m_options(std::move(options))
{
    m_options.items = std::max<qint64>(0, m_options.items);
    if (m_options.itemsPerFile > 0)
        m_options.files = int((m_options.items + m_options.itemsPerFile - 1) / m_options.itemsPerFile);
    m_options.files = std::max(1, m_options.files);
    m_options.overlap = std::clamp(m_options.overlap, 0.0, 1.0);
    m_options.resaves = std::clamp(m_options.resaves, 0.0, 0.9);
    m_start = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

QStringList CorpusGenerator::categoryNames()
{
    QStringList names;
    for (const auto &[name, weight] : Categories)
        names.append(QString::fromUtf8(name));
    return names;
}

qint64 CorpusGenerator::itemsInFile(int index) const
{
    const qint64 base = m_options.items / m_options.files;
    return base + (index < m_options.items % m_options.files ? 1 : 0);
}

qint64 CorpusGenerator::repeatsInFile(int index) const
{
    if (index == 0)
        return 0;
    return std::llround(double(itemsInFile(index - 1)) * m_options.overlap);
}

int CorpusGenerator::totalFiles() const
{
    if (m_options.resaves <= 0)
        return m_options.files;
    return std::max(m_options.files, int(std::llround(double(m_options.files) / (1.0 - m_options.resaves))));
}

// Spread evenly: file index is a re-save when floor((index + 1) * R / T) steps
// up there (never the first file), so there are exactly R of T.
bool CorpusGenerator::isResave(int index) const
{
    const qint64 total = totalFiles();
    const qint64 resaves = total - m_options.files;
    return index > 0 && (qint64(index) + 1) * resaves / total > qint64(index) * resaves / total;
}

// The file with new content that file index holds (or re-saves).
int CorpusGenerator::contentIndex(int index) const
{
    const qint64 total = totalFiles();
    const qint64 resaves = total - m_options.files;
    return int(index - (qint64(index) + 1) * resaves / total);
}

QByteArray CorpusGenerator::content(int contentIndex, quint64 &nameHash) const
{
    const qint64 own = itemsInFile(contentIndex);
    const qint64 repeats = repeatsInFile(contentIndex);
    QByteArray out;
    out.reserve(qsizetype((own + repeats) * 620 + 64));
    out.append("Nyheter\n\n");

    QRandomGenerator rng = fileGenerator(m_options.seed, contentIndex);
    nameHash = rng.generate64();
    for (qint64 i = 0; i < own; ++i) {
        if (i > 0)
            out.append('\n');
        addItem(out, rng);
    }
    if (repeats > 0) {
        // The first items of the previous file, generated again from its seed.
        QRandomGenerator previous = fileGenerator(m_options.seed, contentIndex - 1);
        previous.generate64();
        for (qint64 i = 0; i < repeats; ++i) {
            if (own > 0 || i > 0)
                out.append('\n');
            addItem(out, previous);
        }
    }
    return out;
}

bool CorpusGenerator::writeFile(int index, CorpusSummary &summary, QString &error) const
{
    quint64 nameHash = 0;
    const int from = contentIndex(index);
    const QByteArray out = content(from, nameHash);
    const bool resave = isResave(index);
    if (resave) {
        // Its own name: the index and a hash of (seed, index).
        const quint32 words[] = {quint32(m_options.seed), quint32(m_options.seed >> 32), quint32(index),
                                 0x72657361u};
        nameHash = QRandomGenerator(words, qsizetype(std::size(words))).generate64();
    }

    const int total = totalFiles();
    const int width = std::max(3, int(QString::number(total - 1).size()));
    const QString name = u"%1_%2.txt"_s.arg(index, width, 10, QLatin1Char('0')).arg(nameHash, 16, 16, QLatin1Char('0'));
    const QString path = QDir(m_options.outDir).absoluteFilePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (total > m_options.files) {
        // Modification times in name order, a second apart, ending now.
        const QDateTime time = m_start.addSecs(qint64(index) - total);
        QFile written(path);
        if (!written.open(QIODevice::ReadWrite) || !written.setFileTime(time, QFileDevice::FileModificationTime)) {
            error = u"cannot set the time of %1: %2"_s.arg(path, written.errorString());
            return false;
        }
    }
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    summary.entries += itemsInFile(from) + repeatsInFile(from); // a re-save's too
    summary.bytes += out.size();
    summary.resaves += resave ? 1 : 0;
    summary.files.append(path);
    return true;
}

bool CorpusGenerator::generate(CorpusSummary &summary, QString &error) const
{
    summary = {};
    if (!QDir().mkpath(m_options.outDir)) {
        error = u"cannot create %1"_s.arg(m_options.outDir);
        return false;
    }
    vocabulary(); // build once, before the workers share it

    const int total = totalFiles();
    const int threads = std::clamp(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount(), 1,
                                   total);
    std::atomic<int> next = 0;
    std::atomic<bool> failed = false;
    QString firstError;
    QMutex errorMutex;
    auto work = [&] {
        for (int index = next++; index < total && !failed; index = next++) {
            QString e;
            if (!writeFile(index, summary, e)) {
                const QMutexLocker lock(&errorMutex);
                if (!failed.exchange(true))
                    firstError = e;
            }
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &w : workers)
        w.join();
    if (failed) {
        error = firstError;
        return false;
    }
    summary.files.sort();
    summary.distinctItems = m_options.items;
    return true;
}
