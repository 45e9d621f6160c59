#pragma once

#include "core/api/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <variant>

namespace acrp {

// Typed results of the calls BssClient makes. Each has a parser from the answer's JSON that
// returns a Protocol error when a required field is missing, so callers never see half a result.

// CreateInstance: the instance and the order that bought it.
struct CreateInstanceResult
{
    QString instanceId;
    QString orderId;
    QString requestId;
    static std::variant<CreateInstanceResult, ApiError> fromJson(const QJsonObject& body);
};

// QueryAccountBalance: amounts are decimal strings as the service sends them (never floats).
struct AccountBalance
{
    QString availableAmount;
    QString availableCashAmount;
    QString creditAmount;
    QString currency;
    QString requestId;
    static std::variant<AccountBalance, ApiError> fromJson(const QJsonObject& body);
};

// GetOrderDetail: the first order of Data.OrderList.Order[].
struct OrderDetail
{
    QString orderId;
    QString orderType; // New, Renew, Upgrade, Refund (empty when not sent)
    QString paymentStatus; // Unpaid, Paid, Cancelled
    QString pretaxAmount;
    QString currency;
    QString createTime;
    QString paymentTime;
    QStringList instanceIds;
    QString requestId;
    static std::variant<OrderDetail, ApiError> fromJson(const QJsonObject& body);
};

// DescribePricingModule: the modules (price components) of a product type.
struct PricingModule
{
    QString moduleCode;
    QString moduleName;
    QString priceType;
    QString currency;
    QStringList values; // the allowed values, when the service lists them
};

struct PricingModules
{
    QList<PricingModule> modules;
    QString requestId;
    static std::variant<PricingModules, ApiError> fromJson(const QJsonObject& body);
};

// GetSubscriptionPrice: decimal strings as sent.
struct SubscriptionPrice
{
    QString originalPrice;
    QString discountPrice;
    QString tradePrice;
    QString currency;
    QString requestId;
    static std::variant<SubscriptionPrice, ApiError> fromJson(const QJsonObject& body);
};

// ACR GetInstance: the provisioning status of a bought instance (PENDING, STARTING, RUNNING, ...).
struct InstanceInfo
{
    QString instanceId;
    QString instanceName;
    QString instanceStatus;
    QString instanceSpecification; // Enterprise_Basic / Basic, Standard, Advanced as the service names it
    QString instanceIssue; // e.g. OSS_BUCKET_ALREADY_EXISTS; empty: none
    QString requestId;
    static std::variant<InstanceInfo, ApiError> fromJson(const QJsonObject& body);
};

// One row of QueryAvailableInstances' Data.InstanceList[]. Times are UTC (the service sends
// ISO 8601, e.g. "2026-01-06T16:00:00Z"); invalid when the row has none.
struct AvailableInstance
{
    QString instanceId; // InstanceID (required)
    QString status; // Creating, WaitForExpire, Normal, Expired, ...
    QString subStatus;
    QDateTime createTime;
    QDateTime endTime;
    QDateTime expectedReleaseTime;
    QDateTime releaseTime;
    QDateTime stopTime;
    QString renewStatus; // AutoRenewal, ManualRenewal, NotRenewal
    int renewalDuration = 0;
    QString renewalDurationUnit; // M, Y
    QString region;
    QString productCode;
    QString productType;
    QString subscriptionType;
};

// QueryAvailableInstances: one page. Protocol error when Data is missing, a row has no InstanceID,
// or a time is present but unreadable.
// The paging of a BSS list answer: Data.PageNum, PageSize and TotalCount, and the RequestId.
struct BssPage
{
    int pageNum = 0;
    int pageSize = 0;
    int totalCount = 0;
    QString requestId;
    // True when pages after this one hold more rows (pageNum * pageSize < totalCount).
    bool hasMore() const;

protected:
    // Reads the RequestId and Data's paging into this page and Data into *data; the error when the
    // answer has no Data object.
    std::optional<ApiError> readPaging(const QJsonObject& body, QJsonObject* data);
};

struct AvailableInstancesPage : BssPage
{
    QList<AvailableInstance> instances;
    static std::variant<AvailableInstancesPage, ApiError> fromJson(const QJsonObject& body);
};

// One row of QueryOrders' Data.OrderList.Order[] (the list has no instance IDs: GetOrderDetail).
struct OrderSummary
{
    QString orderId; // required
    QString orderType; // New, Renew, Upgrade, Refund
    QString paymentStatus; // Paid, Unpaid, Cancelled
    QString pretaxGrossAmount; // decimal strings as sent
    QString pretaxAmount;
    QString afterTaxAmount;
    QString currency;
    QDateTime createTime;
    QDateTime paymentTime;
    QString productCode;
    QString productType;
    QString subscriptionType;
    QString relatedOrderId;
};

// QueryOrders: one page. Protocol error when Data is missing or an order has no OrderId.
struct OrdersPage : BssPage
{
    QList<OrderSummary> orders;
    static std::variant<OrdersPage, ApiError> fromJson(const QJsonObject& body);
};

// RenewInstance: the order that pays for the renewal.
struct RenewInstanceResult
{
    QString orderId; // Data.OrderId (required)
    QString requestId;
    static std::variant<RenewInstanceResult, ApiError> fromJson(const QJsonObject& body);
};

// A time of a BSS answer (ISO 8601 with or without milliseconds, "Z" or an offset) in UTC;
// invalid when `text` is empty; *ok false when it is not empty and not a time.
QDateTime parseServiceTime(const QString& text, bool* ok = nullptr);

// The Protocol errors of a successful answer that lacks a required field, or whose time field is
// not a time; every parser of a typed result (BSS, ACR, STS) says them the same way.
ApiError missingFieldError(const QString& field, const QString& requestId);
ApiError unreadableTimeError(const QString& field, const QString& value, const QString& requestId);

} // namespace acrp

Q_DECLARE_METATYPE(acrp::AvailableInstancesPage)
Q_DECLARE_METATYPE(acrp::OrdersPage)
Q_DECLARE_METATYPE(acrp::RenewInstanceResult)
Q_DECLARE_METATYPE(acrp::CreateInstanceResult)
Q_DECLARE_METATYPE(acrp::AccountBalance)
Q_DECLARE_METATYPE(acrp::OrderDetail)
Q_DECLARE_METATYPE(acrp::PricingModules)
Q_DECLARE_METATYPE(acrp::SubscriptionPrice)
Q_DECLARE_METATYPE(acrp::InstanceInfo)
