#pragma once

#include "core/app/InfraExportService.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace acrp::ui {

// "Export as code…": the order of a page, a history row or a template as a Terraform configuration
// or a ROS template. A small window: the format (Alt+F), the file (Alt+I, typed or chosen with
// Browse…), Export (Enter), and the answer under them: where the file was written (and, for a
// bought instance, that it is adopted, not bought again) or why not. No pop-up for success. The
// export itself is InfraExportService's; this only asks where. objectNames: exportCodeDialog,
// exportFormatCombo, exportPathEdit, exportBrowseButton, exportWriteButton, exportMessage.
class ExportCodeDialog : public QDialog
{
    Q_OBJECT

public:
    // Makes the export in a format (the service's result: the text, or why there is none).
    using Source = std::function<InfraExportResult(InfraFormat)>;

    // `baseName`: the file offered, without suffix (the instance name).
    ExportCodeDialog(Source source, const QString& baseName, QWidget* parent = nullptr);

    // Opens a new dialog for `source` beside `parent` (deleted when closed) and returns it.
    static ExportCodeDialog* openFor(QWidget* parent, Source source, const QString& baseName);

    // Writes the file named in the field; false (with the reason shown) when it was not written.
    bool exportNow();

    // Tests: replaces the file chooser behind Browse… (it gets the path offered and returns the
    // chosen one, empty when cancelled).
    static void setFileChooser(std::function<QString(const QString& suggested)> chooser);

signals:
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void formatChanged();
    void browse();
    void showMessage(const QString& text, bool problem);
    InfraFormat format() const;

    Source m_source;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QPushButton* m_write;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace acrp::ui
