#pragma once

#include "core/store/Profiles.h"

#include <QCoreApplication>

namespace acrp::ui {

// The panels of the Profiles dialog translate with the dialog's own context, so the strings they
// took over from it keep their translations and lupdate files them where they always were. In those
// panels call ProfilesText::tr(), never their own (Q_OBJECT) tr(), whose context is the panel's.
class ProfilesText
{
    Q_DECLARE_TR_FUNCTIONS(acrp::ui::ProfilesDialog)

public:
    // A credential mode's name, as the editor's mode list and the import list show it.
    static QString modeName(CredentialMode mode)
    {
        switch (mode) {
        case CredentialMode::AccessKey:
            break;
        case CredentialMode::StsToken:
            return tr("STS token");
        case CredentialMode::RamRoleArn:
            return tr("RAM role");
        }
        return tr("AccessKey");
    }
};

} // namespace acrp::ui
