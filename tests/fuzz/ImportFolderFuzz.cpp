// Fuzz target: a whole import of a folder into a database.
//
// The input is cut at every NUL byte into pieces; piece i (when not empty) becomes the i-th data file of
// csv.md in import order (communes.csv … savings.csv), a ninth piece a misnamed `notes.csv`. The folder is
// imported into a fresh copy of a new database.
//
// Properties: the import either succeeds or is refused with its problems; a refused import writes nothing;
// a successful one leaves a portfolio that passes `check`; no problem echoes a huge value.
#include "FuzzSupport.h"

#include "check/PortfolioCheck.h"
#include "db/Database.h"
#include "io/Importer.h"
#include "repo/CommuneRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace {

constexpr qsizetype kLongestProblem = 1000;

/// A new database made once; each input gets a copy of it (creating one takes far longer than copying).
class Workspace
{
public:
    Workspace()
    {
        FUZZ_CHECK(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.loandesk"));
        auto created = Database::create(m_template);
        FUZZ_CHECK(created.ok(), created ? QString() : created.error().message);
    }

    [[nodiscard]] QString path(const QString& name) const { return m_dir.filePath(name); }
    [[nodiscard]] const QString& templatePath() const { return m_template; }

private:
    QTemporaryDir m_dir;
    QString m_template;
};

Workspace& workspace()
{
    static Workspace* instance = new Workspace;
    return *instance;
}

qsizetype communeCount(Database& database)
{
    auto communes = CommuneRepository(database).all();
    FUZZ_CHECK(communes.ok());
    return communes->size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzSupport::ensureApplication();
    Workspace& space = workspace();

    // The folder of data files.
    const QString folder = space.path(QStringLiteral("data"));
    QDir(folder).removeRecursively();
    FUZZ_CHECK(QDir().mkpath(folder));
    QStringList names = Importer::fileNames();
    names.append(QStringLiteral("notes.csv"));
    QList<QByteArrayView> pieces;
    const QByteArrayView input = FuzzSupport::bytes(data, size);
    for (qsizetype begin = 0;;) {
        const qsizetype end = input.indexOf('\0', begin);
        pieces.append(input.sliced(begin, (end < 0 ? input.size() : end) - begin));
        if (end < 0)
            break;
        begin = end + 1;
    }
    for (qsizetype i = 0; i < pieces.size() && i < names.size(); ++i) {
        if (pieces[i].isEmpty())
            continue;
        QFile file(QDir(folder).filePath(names[i]));
        FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        FUZZ_CHECK(file.write(pieces[i].data(), pieces[i].size()) == pieces[i].size());
    }

    // A fresh database.
    const QString path = space.path(QStringLiteral("run.loandesk"));
    QFile::remove(path);
    FUZZ_CHECK(QFile::copy(space.templatePath(), path));
    auto opened = Database::open(path);
    FUZZ_CHECK(opened.ok(), opened ? QString() : opened.error().message);
    Database& database = **opened;
    const qsizetype communesBefore = communeCount(database);

    Actor actor = Actor::currentUser();
    actor.user = QStringLiteral("fuzz");
    Importer importer(database, actor);
    const auto imported = importer.importFolder(folder);
    for (const ImportProblem& problem : importer.problems())
        FUZZ_CHECK(problem.toString().size() < kLongestProblem, problem.toString());
    if (imported) {
        FUZZ_CHECK(importer.problems().isEmpty());
        auto checked = PortfolioCheck::run(database);
        FUZZ_CHECK(checked.ok(), checked ? QString() : checked.error().message);
        FUZZ_CHECK(checked->violations.isEmpty(), checked->violations.join(u'\n'));
    } else {
        FUZZ_CHECK(!imported.error().message.isEmpty());
        FUZZ_CHECK(communeCount(database) == communesBefore);
    }
    return 0;
}
