#pragma once

#include <QCoreApplication>

namespace acrp::ui {

// The panels of the Profiles dialog translate with the dialog's own context, so the strings they
// took over from it keep their translations and lupdate files them where they always were. In those
// panels call ProfilesText::tr(), never their own (Q_OBJECT) tr(), whose context is the panel's.
class ProfilesText
{
    Q_DECLARE_TR_FUNCTIONS(acrp::ui::ProfilesDialog)
};

} // namespace acrp::ui
