#include "ui/HelpDialogs.h"

#include "core/Version.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace acrp::ui {

namespace {

const QString kReadmeResource = QStringLiteral(":/acrp/doc/README.md");

// "![alt](resources/screenshots/x.png)" → "*x.png*".
QString withoutImages(QString markdown)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)[^)]*\))"));
    QString out;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = image.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(markdown).mid(from, match.capturedStart() - from);
        out += u'*' + QFileInfo(match.captured(1)).fileName() + u'*';
        from = match.capturedEnd();
    }
    out += QStringView(markdown).mid(from);
    return out;
}

} // namespace

QList<DocumentationDialog::Section> DocumentationDialog::sections(const QString& markdown)
{
    QList<Section> sections;
    QString fence; // the open code fence ("```" or "~~~"), empty outside one
    const QStringList lines = markdown.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (fence.isEmpty() && (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")))
            fence = trimmed.left(3);
        else if (!fence.isEmpty() && trimmed.startsWith(fence))
            fence.clear();
        else if (fence.isEmpty() && line.startsWith(u"## ")) {
            // The heading as words: without the markdown's code and emphasis marks.
            QString title = line.mid(3).trimmed();
            title.remove(u'`').remove(u'*');
            sections.append({title, QString()});
        }
        if (!sections.isEmpty())
            sections.last().markdown += line + u'\n';
    }
    for (Section& section : sections)
        section.markdown = withoutImages(section.markdown);
    return sections;
}

QString DocumentationDialog::readme()
{
    QFile file(kReadmeResource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

DocumentationDialog::DocumentationDialog(QWidget* parent)
    : QDialog(parent)
    , m_note(new QLabel(this))
    , m_contents(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_sections(sections(readme()))
{
    setObjectName(QStringLiteral("documentationDialog"));
    m_note->setObjectName(QStringLiteral("documentationNote"));
    m_note->setWordWrap(true);
    m_contents->setObjectName(QStringLiteral("documentationContents"));
    m_text->setObjectName(QStringLiteral("documentationText"));
    // Links leave the program only for the web; the README's own paths mean nothing here.
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        if (url.scheme() == u"https" || url.scheme() == u"http")
            QDesktopServices::openUrl(url);
    });
    for (const Section& section : std::as_const(m_sections))
        m_contents->addItem(section.title);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 640});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(m_contents, &QListWidget::currentRowChanged, this, &DocumentationDialog::showSection);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    if (!m_sections.isEmpty())
        m_contents->setCurrentRow(0);
    else
        m_text->setPlainText(tr("The documentation is missing from this build of the program."));
    m_contents->setFocus(Qt::OtherFocusReason);
    resize(900, 640);
}

void DocumentationDialog::showSection(int index)
{
    if (index < 0 || index >= m_sections.size())
        return;
    if (m_contents->currentRow() != index)
        m_contents->setCurrentRow(index); // calls back here
    else
        m_text->setMarkdown(m_sections.at(index).markdown);
}

int DocumentationDialog::currentSection() const
{
    return m_contents->currentRow();
}

void DocumentationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DocumentationDialog::retranslate()
{
    setWindowTitle(tr("Documentation"));
    m_contents->setAccessibleName(tr("Sections"));
    m_text->setAccessibleName(tr("Section text"));
    // The README is written in English only: said in the language of the window.
    m_note->setText(tr("The documentation is in English."));
    const QLocale::Language language = QLocale().language();
    m_note->setVisible(language != QLocale::English && language != QLocale::C);
}

QString qtKeychainVersion()
{
    return QStringLiteral(ACRP_QTKEYCHAIN_VERSION);
}

QString aboutText()
{
    return QCoreApplication::translate("acrp::ui::MainWindow", "ACR Purchase %1").arg(versionString()) + u"\n\n"
        + QCoreApplication::translate("acrp::ui::MainWindow",
                                      "Buys Alibaba Cloud Container Registry Enterprise Edition instances. Secrets "
                                      "stay in the system keychain; every order keeps one client token so it is "
                                      "never bought twice.")
        + u"\n\n"
        + QCoreApplication::translate("acrp::ui::MainWindow", "Qt %1 (built with Qt %2)")
              .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
        + u'\n' + QCoreApplication::translate("acrp::ui::MainWindow", "QtKeychain %1").arg(qtKeychainVersion());
}

} // namespace acrp::ui
