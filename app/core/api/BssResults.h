#pragma once

#include "core/api/ApiError.h"

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
    QString instanceIssue;
    QString requestId;
    static std::variant<InstanceInfo, ApiError> fromJson(const QJsonObject& body);
};

} // namespace acrp

Q_DECLARE_METATYPE(acrp::CreateInstanceResult)
Q_DECLARE_METATYPE(acrp::AccountBalance)
Q_DECLARE_METATYPE(acrp::OrderDetail)
Q_DECLARE_METATYPE(acrp::PricingModules)
Q_DECLARE_METATYPE(acrp::SubscriptionPrice)
Q_DECLARE_METATYPE(acrp::InstanceInfo)
