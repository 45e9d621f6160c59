<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>acrp::Expiry</name>
    <message numerus="yes">
        <source>%n day(s) left; the subscription runs until %1.</source>
        <translation>
            <numerusform>%n day left; the subscription runs until %1.</numerusform>
            <numerusform>%n days left; the subscription runs until %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left. When the subscription ends on %1 the instance stops serving, and 7 days later, on %2, it is released: only the images in OSS remain. Renew it to keep it.</source>
        <translation>
            <numerusform>%n day left. When the subscription ends on %1 the instance stops serving, and 7 days later, on %2, it is released: only the images in OSS remain. Renew it to keep it.</numerusform>
            <numerusform>%n days left. When the subscription ends on %1 the instance stops serving, and 7 days later, on %2, it is released: only the images in OSS remain. Renew it to keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired on %1: the instance has stopped serving. It is released in %n day(s), on %2, and then only the images in OSS remain. Renew it now to keep it.</source>
        <translation>
            <numerusform>Expired on %1: the instance has stopped serving. It is released in %n day, on %2, and then only the images in OSS remain. Renew it now to keep it.</numerusform>
            <numerusform>Expired on %1: the instance has stopped serving. It is released in %n days, on %2, and then only the images in OSS remain. Renew it now to keep it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::Validator</name>
    <message numerus="yes">
        <source>The instance name must be %1 to %2 characters long (it has %n).</source>
        <translation>
            <numerusform>The instance name must be %1 to %2 characters long (it has %n).</numerusform>
            <numerusform>The instance name must be %1 to %2 characters long (it has %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bucket name must be %1 to %2 characters long (it has %n).</source>
        <translation>
            <numerusform>The bucket name must be %1 to %2 characters long (it has %n).</numerusform>
            <numerusform>The bucket name must be %1 to %2 characters long (it has %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::cli::AccountCommands</name>
    <message numerus="yes">
        <source>Synced %1: %n instance(s)</source>
        <translation>
            <numerusform>Synced %1: %n instance</numerusform>
            <numerusform>Synced %1: %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n order(s).</source>
        <translation>
            <numerusform>, %n order.</numerusform>
            <numerusform>, %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>auto, %n month(s)</source>
        <translation>
            <numerusform>auto, %n month</numerusform>
            <numerusform>auto, %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No instance needs renewing within %n day(s).</source>
        <translation>
            <numerusform>No instance needs renewing within %n day.</numerusform>
            <numerusform>No instance needs renewing within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::cli::HistoryCommand</name>
    <message numerus="yes">
        <source>, %n attempt(s)</source>
        <translation>
            <numerusform>, %n attempt</numerusform>
            <numerusform>, %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, renews %1 for %n month(s)</source>
        <translation>
            <numerusform>, renews %1 for %n month</numerusform>
            <numerusform>, renews %1 for %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::cli::RenewCommand</name>
    <message numerus="yes">
        <source>Renewal of %1 for %n month(s) at %2</source>
        <translation>
            <numerusform>Renewal of %1 for %n month at %2</numerusform>
            <numerusform>Renewal of %1 for %n months at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::cli::SubmitCommand</name>
    <message numerus="yes">
        <source>%1 edition instance “%2” in %3, %n month(s)</source>
        <translation>
            <numerusform>%1 edition instance “%2” in %3, %n month</numerusform>
            <numerusform>%1 edition instance “%2” in %3, %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n earlier order(s) have no final outcome yet; run “acr-purchase resume”.</source>
        <translation>
            <numerusform>Note: %n earlier order has no final outcome yet; run “acr-purchase resume”.</numerusform>
            <numerusform>Note: %n earlier orders have no final outcome yet; run “acr-purchase resume”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::cli::TemplatesCommand</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::ui::ExpiryNoticeBar</name>
    <message numerus="yes">
        <source>%n ACR instance(s) expired or about to expire</source>
        <translation>
            <numerusform>%n ACR instance expired or about to expire</numerusform>
            <numerusform>%n ACR instances expired or about to expire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ACR instance(s) about to expire</source>
        <translation>
            <numerusform>%n ACR instance about to expire</numerusform>
            <numerusform>%n ACR instances about to expire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::ui::HistoryWindow</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) written</source>
        <translation>
            <numerusform>%1 of %Ln order written</numerusform>
            <numerusform>%1 of %Ln orders written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::ui::InstancesModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>released in %n day(s)</source>
        <translation>
            <numerusform>released in %n day</numerusform>
            <numerusform>released in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::ui::InstancesWindow</name>
    <message numerus="yes">
        <source>%1 of %n instance(s)</source>
        <translation>
            <numerusform>%1 of %n instance</numerusform>
            <numerusform>%1 of %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n order(s) did not finish: the outcome is unknown and it is safe to resume. Newest: %1 in %2, client token %3.</source>
        <translation>
            <numerusform>%n order did not finish: the outcome is unknown and it is safe to resume. Newest: %1 in %2, client token %3.</numerusform>
            <numerusform>%n orders did not finish: the outcome is unknown and it is safe to resume. Newest: %1 in %2, client token %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warn %n day(s) ahead</source>
        <translation>
            <numerusform>Warn %n day ahead</numerusform>
            <numerusform>Warn %n days ahead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::ui::OrderText</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::ui::RenewalPanel</name>
    <message numerus="yes">
        <source>%n attempt(s), client token %1.</source>
        <translation>
            <numerusform>%n attempt, client token %1.</numerusform>
            <numerusform>%n attempts, client token %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::ui::ResultPage</name>
    <message numerus="yes">
        <source>The order went through after %n attempt(s).</source>
        <translation>
            <numerusform>The order went through after %n attempt.</numerusform>
            <numerusform>The order went through after %n attempts.</numerusform>
        </translation>
    </message>
</context>
</TS>
