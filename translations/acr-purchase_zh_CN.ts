<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>acrp::AccountService</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Reading the account’s instances (page %1)</source>
        <translation>正在读取账号的实例（第 %1 页）</translation>
    </message>
    <message>
        <source>Reading the account’s orders (page %1)</source>
        <translation>正在读取账号的订单（第 %1 页）</translation>
    </message>
    <message>
        <source>Reading the instances of order %1</source>
        <translation>正在读取订单 %1 的实例</translation>
    </message>
    <message>
        <source>Reading instance %1</source>
        <translation>正在读取实例 %1</translation>
    </message>
    <message>
        <source>The order journal is not open; nothing was read.</source>
        <translation>订单日志未打开；未读取任何内容。</translation>
    </message>
</context>
<context>
    <name>acrp::AccountStore</name>
    <message>
        <source>The account data could not be written: %1</source>
        <translation>无法写入账号数据：%1</translation>
    </message>
    <message>
        <source>The order journal is not open.</source>
        <translation>订单日志未打开。</translation>
    </message>
    <message>
        <source>The instance %1 is not among the account’s instances.</source>
        <translation>实例 %1 不属于该账号。</translation>
    </message>
</context>
<context>
    <name>acrp::ApiError</name>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The service already has a different order under this ClientToken. Nothing was bought with this request; submit the order again to get a new ClientToken.</source>
        <translation>服务端已有一个使用此 ClientToken 的不同订单。本次请求未购买任何资源；请重新提交订单以获取新的 ClientToken。</translation>
    </message>
    <message>
        <source>An instance with this name already exists in this region. Choose another name.</source>
        <translation>该地域已存在同名实例。请换一个名称。</translation>
    </message>
    <message>
        <source>The service rejected the order as invalid.</source>
        <translation>服务端认为订单无效，已拒绝。</translation>
    </message>
    <message>
        <source>The AccessKey secret is wrong: the service could not verify the request&apos;s signature. Check the secret (pasted secrets often carry extra spaces).</source>
        <translation>AccessKey Secret 错误：服务端无法验证请求的签名。请检查 AccessKey Secret（粘贴的 Secret 常带有多余的空格）。</translation>
    </message>
    <message>
        <source>The service does not know this AccessKey ID. Check the AccessKey ID and the site.</source>
        <translation>服务端找不到此 AccessKey ID。请检查 AccessKey ID 和站点。</translation>
    </message>
    <message>
        <source>This AccessKey is disabled. Enable it in the RAM console or use another one.</source>
        <translation>此 AccessKey 已被禁用。请在 RAM 控制台中启用它，或使用其他 AccessKey。</translation>
    </message>
    <message>
        <source>The STS security token is invalid or has expired. Get a new token and try again.</source>
        <translation>STS 安全令牌无效或已过期。请获取新的令牌后重试。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the service&apos;s by more than 15 minutes, even after correcting for it. Set the clock and try again.</source>
        <translation>即使经过校正，本机时钟与服务端时钟仍相差超过 15 分钟。请校准时钟后重试。</translation>
    </message>
    <message>
        <source>The service did not accept the credentials.</source>
        <translation>服务端未接受该凭证。</translation>
    </message>
    <message>
        <source>This AccessKey belongs to an account on the other site. Switch the profile&apos;s site and try again.</source>
        <translation>此 AccessKey 属于另一站点的账号。请切换该配置的站点后重试。</translation>
    </message>
    <message>
        <source>This RAM user may not buy instances. Grant it the bss:ModifyInstance permission (for example with the AliyunBSSOrderAccess policy) and try again.</source>
        <translation>此 RAM 用户无权购买实例。请为其授予 bss:ModifyInstance 权限（例如通过 AliyunBSSOrderAccess 策略）后重试。</translation>
    </message>
    <message>
        <source>The AccessKey&apos;s account is not the owner the service expected. Use the AccessKey of the account that pays for the order.</source>
        <translation>该 AccessKey 所属的账号不是服务端预期的所有者。请使用为订单付款的账号的 AccessKey。</translation>
    </message>
    <message>
        <source>The account is not allowed to do this.</source>
        <translation>该账号无权执行此操作。</translation>
    </message>
    <message>
        <source>The account&apos;s balance is too low to pay for this order. Top up the account and try again.</source>
        <translation>账号余额不足，无法支付此订单。请充值后重试。</translation>
    </message>
    <message>
        <source>An earlier order is still being processed. Wait a minute and try again.</source>
        <translation>之前的订单仍在处理中。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The service is busy and limited the request rate. Try again in a minute.</source>
        <translation>服务繁忙，已对请求限流。请一分钟后重试。</translation>
    </message>
    <message>
        <source>The service had a problem on its side. Try again later.</source>
        <translation>服务端出现问题。请稍后重试。</translation>
    </message>
    <message>
        <source>The connection was refused because the service&apos;s TLS certificate could not be verified.</source>
        <translation>无法验证服务端的 TLS 证书，连接已被拒绝。</translation>
    </message>
    <message>
        <source>Could not reach the service.</source>
        <translation>无法连接到服务。</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>服务未在规定时间内响应。</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read.</source>
        <translation>无法读取服务端的响应。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The service refused the request with code %1.</source>
        <translation>服务端拒绝了请求，错误码 %1。</translation>
    </message>
</context>
<context>
    <name>acrp::BssCall</name>
    <message>
        <source>the answer is larger than %1 bytes and was refused</source>
        <translation>响应超过 %1 字节，已拒绝</translation>
    </message>
    <message>
        <source>the service answered with a redirect to %1, which is not followed</source>
        <translation>服务端返回了到 %1 的重定向，未跟随</translation>
    </message>
    <message>
        <source>no network access manager</source>
        <translation>没有网络访问管理器</translation>
    </message>
</context>
<context>
    <name>acrp::BssResults</name>
    <message>
        <source>the answer has no %1</source>
        <translation>响应中没有 %1</translation>
    </message>
    <message>
        <source>the answer’s %1 is not a time: “%2”</source>
        <translation>响应中的 %1 不是时间：“%2”</translation>
    </message>
</context>
<context>
    <name>acrp::Catalog</name>
    <message>
        <source>The catalog is not valid JSON: %1 (at character %2).</source>
        <translation>产品目录不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object.</source>
        <translation>产品目录必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The catalog version %1 is not supported (this program reads version %2).</source>
        <translation>不支持产品目录版本 %1（本程序读取版本 %2）。</translation>
    </message>
    <message>
        <source>“%1” must have 0 &lt;= min &lt;= max and a step of at least 1.</source>
        <translation>“%1” 必须满足 0 &lt;= min &lt;= max，且 step 至少为 1。</translation>
    </message>
    <message>
        <source>“%1” must hold positive whole numbers in ascending order.</source>
        <translation>“%1” 必须是按升序排列的正整数。</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>“%1” 不能为空。</translation>
    </message>
    <message>
        <source>“%1” repeats the id “%2”.</source>
        <translation>“%1” 中的 id “%2” 重复。</translation>
    </message>
    <message>
        <source>This is not an acr-purchase catalog: “format” must be “acr-purchase/catalog”.</source>
        <translation>这不是 acr-purchase 产品目录：“format” 必须为 “acr-purchase/catalog”。</translation>
    </message>
    <message>
        <source>“%1” must be “cn” or “intl”.</source>
        <translation>“%1” 必须为 “cn” 或 “intl”。</translation>
    </message>
    <message>
        <source>“%1” names an unknown edition “%2”.</source>
        <translation>“%1” 引用了未知的实例规格 “%2”。</translation>
    </message>
    <message>
        <source>“sites” must describe the sites “cn” and “intl”, once each.</source>
        <translation>“sites” 必须描述站点 “cn” 和 “intl”，且各出现一次。</translation>
    </message>
    <message>
        <source>The sites “cn” and “intl” must have different product types.</source>
        <translation>站点 “cn” 和 “intl” 的 ProductType 必须不同。</translation>
    </message>
    <message>
        <source>“defaultScanner” names an unknown scanner “%1”.</source>
        <translation>“defaultScanner” 引用了未知的扫描引擎 “%1”。</translation>
    </message>
</context>
<context>
    <name>acrp::ClientFactory</name>
    <message>
        <source>No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for an STS token), or choose a profile.</source>
        <translation>没有凭证：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（STS 令牌还需设置 ALIBABA_CLOUD_SECURITY_TOKEN），或选择一个配置。</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>内置沙箱未在运行。</translation>
    </message>
    <message>
        <source>No credential profiles are available.</source>
        <translation>没有可用的凭证配置。</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be set.</source>
        <translation>必须同时设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
</context>
<context>
    <name>acrp::CreateInstanceParams</name>
    <message>
        <source>%1 is not a parameter of CreateInstance.</source>
        <translation>%1 不是 CreateInstance 的参数。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>The property %1 is missing.</source>
        <translation>缺少属性 %1。</translation>
    </message>
    <message>
        <source>%1 names an unknown property “%2”.</source>
        <translation>%1 引用了未知的属性 “%2”。</translation>
    </message>
    <message>
        <source>%1 repeats the property “%2”.</source>
        <translation>%1 中的属性 “%2” 重复。</translation>
    </message>
    <message>
        <source>%1 must be true or false (not “%2”).</source>
        <translation>%1 必须为 true 或 false（而不是 “%2”）。</translation>
    </message>
    <message>
        <source>%1 must be a whole number (not “%2”).</source>
        <translation>%1 必须是整数（而不是 “%2”）。</translation>
    </message>
    <message>
        <source>%1 must be %2 (not “%3”).</source>
        <translation>%1 必须为 %2（而不是 “%3”）。</translation>
    </message>
    <message>
        <source>ProductType “%1” is not one of the catalog&apos;s sites.</source>
        <translation>ProductType “%1” 不属于产品目录中的任何站点。</translation>
    </message>
    <message>
        <source>RenewalStatus must be AutoRenewal or ManualRenewal (not “%1”).</source>
        <translation>RenewalStatus 必须为 AutoRenewal 或 ManualRenewal（而不是 “%1”）。</translation>
    </message>
</context>
<context>
    <name>acrp::CredentialCheck</name>
    <message>
        <source>The credentials work. Available balance: %1 %2.</source>
        <translation>凭证有效。可用余额：%1 %2。</translation>
    </message>
    <message>
        <source>Unknown AccessKey: the service does not know this AccessKey ID. Check the ID, and whether the key was deleted.</source>
        <translation>未知的 AccessKey：服务端找不到此 AccessKey ID。请检查 ID 是否正确，以及该 AccessKey 是否已被删除。</translation>
    </message>
    <message>
        <source>Wrong secret: the AccessKey ID is known but the secret does not match. Enter the secret again.</source>
        <translation>Secret 错误：AccessKey ID 有效，但 Secret 不匹配。请重新输入 Secret。</translation>
    </message>
    <message>
        <source>This account belongs to the %1, not the %2. Switch the profile to the %1?</source>
        <translation>此账号属于%1，而不是%2。要将配置切换到%1吗？</translation>
    </message>
    <message>
        <source>Missing RAM permission: this RAM user may not read the account balance. Grant it read access to billing (for example the AliyunBSSReadOnlyAccess policy).</source>
        <translation>缺少 RAM 权限：此 RAM 用户无权读取账号余额。请为其授予费用中心的只读权限（例如 AliyunBSSReadOnlyAccess 策略）。</translation>
    </message>
    <message>
        <source>China site</source>
        <translation>中国站</translation>
    </message>
    <message>
        <source>International site</source>
        <translation>国际站</translation>
    </message>
    <message>
        <source>Role assumed: %1 (account %2).</source>
        <translation>已扮演角色：%1（账号 %2）。</translation>
    </message>
    <message>
        <source>The role %1 does not exist. Check the account ID and the role name in the ARN.</source>
        <translation>角色 %1 不存在。请检查 ARN 中的账号 ID 和角色名称。</translation>
    </message>
    <message>
        <source>This RAM user may not assume the role: the role&apos;s trust policy does not name it, or the user lacks the sts:AssumeRole permission.</source>
        <translation>此 RAM 用户无权扮演该角色：角色的信任策略中未包含该用户，或该用户缺少 sts:AssumeRole 权限。</translation>
    </message>
    <message>
        <source>The role refused this RAM user. Either the user may not assume the role (its trust policy or the sts:AssumeRole permission), or the profile&apos;s external ID is wrong: STS does not say which.</source>
        <translation>该角色拒绝了此 RAM 用户。可能是该用户无权扮演该角色（信任策略或 sts:AssumeRole 权限的问题），也可能是配置中的外部 ID 有误：STS 未说明是哪一种。</translation>
    </message>
    <message>
        <source>The role demands an external ID, and the one in this profile does not match. Enter the external ID the role&apos;s owner gave you.</source>
        <translation>该角色要求外部 ID，而此配置中的外部 ID 不匹配。请输入角色所有者提供给您的外部 ID。</translation>
    </message>
    <message>
        <source>The role demands an external ID, and this profile has none. Enter the external ID the role&apos;s owner gave you.</source>
        <translation>该角色要求外部 ID，而此配置中没有外部 ID。请输入角色所有者提供给您的外部 ID。</translation>
    </message>
    <message>
        <source>The role allows sessions of at most %1 seconds; this profile asks for %2. Lower the session duration to %1 or less.</source>
        <translation>该角色允许的会话时长最多为 %1 秒；此配置请求的是 %2 秒。请将会话时长降低到 %1 秒或以下。</translation>
    </message>
    <message>
        <source>The session duration of %1 seconds is longer than the role allows. Lower it (the role&apos;s maximum session duration is set in the RAM console).</source>
        <translation>会话时长 %1 秒超过了该角色允许的上限。请降低会话时长（角色的最大会话时长在 RAM 控制台中设置）。</translation>
    </message>
    <message>
        <source>This AccessKey belongs to the account&apos;s root user, and roles may not be assumed by root accounts. Use the AccessKey of a RAM user that may assume the role.</source>
        <translation>此 AccessKey 属于阿里云账号（主账号），而主账号不能扮演角色。请使用有权扮演该角色的 RAM 用户的 AccessKey。</translation>
    </message>
    <message>
        <source>STS refused the session name “%1”. Use 2 to 64 characters: letters, digits and . @ _ - only.</source>
        <translation>STS 拒绝了会话名称“%1”。请使用 2 到 64 个字符，只能包含字母、数字和 . @ _ -。</translation>
    </message>
    <message>
        <source>STS refused the role ARN “%1”. Copy it again from the role&apos;s page in the RAM console.</source>
        <translation>STS 拒绝了角色 ARN“%1”。请从 RAM 控制台的角色页面重新复制。</translation>
    </message>
</context>
<context>
    <name>acrp::CredentialImport</name>
    <message>
        <source>There is no aliyun CLI configuration at %1.</source>
        <translation>%1 处没有 aliyun CLI 配置。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3); nothing was imported.</source>
        <translation>%1 不是有效的 JSON（偏移量 %3 处：%2）；未导入任何内容。</translation>
    </message>
    <message>
        <source>This entry is not a profile.</source>
        <translation>此条目不是配置。</translation>
    </message>
    <message>
        <source>The profile is not configured (it has no mode).</source>
        <translation>该配置尚未完成设置（没有 mode）。</translation>
    </message>
    <message>
        <source>Mode %1 takes credentials from the ECS instance metadata service, which only exists on an ECS instance.</source>
        <translation>模式 %1 从 ECS 实例元数据服务获取凭证，该服务仅在 ECS 实例上可用。</translation>
    </message>
    <message>
        <source>Mode %1 uses RSA key pairs, which Alibaba Cloud has retired.</source>
        <translation>模式 %1 使用 RSA 密钥对，阿里云已停止支持该方式。</translation>
    </message>
    <message>
        <source>Mode %1 gets short-lived credentials from another program or service at run time, which this program does not do.</source>
        <translation>模式 %1 在运行时从其他程序或服务获取临时凭证，本程序不支持。</translation>
    </message>
    <message>
        <source>The profile has no access_key_id.</source>
        <translation>该配置没有 access_key_id。</translation>
    </message>
    <message>
        <source>The profile has no access_key_secret.</source>
        <translation>该配置没有 access_key_secret。</translation>
    </message>
    <message>
        <source>The profile has no sts_token.</source>
        <translation>该配置没有 sts_token。</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set.</source>
        <translation>%1 和 %2 均未设置。</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not.</source>
        <translation>已设置 %1，但未设置 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not an aliyun CLI configuration: it has no “profiles” list; nothing was imported.</source>
        <translation>%1 不是 aliyun CLI 配置：其中没有 “profiles” 列表；未导入任何内容。</translation>
    </message>
    <message>
        <source>The profile has no source_profile.</source>
        <translation>该配置没有 source_profile。</translation>
    </message>
    <message>
        <source>Its source profile “%1” is not in the configuration.</source>
        <translation>其源配置“%1”不在 aliyun CLI 配置中。</translation>
    </message>
    <message>
        <source>Its source profile “%1” is of mode %2; only a source profile of mode AK can be imported with it.</source>
        <translation>其源配置“%1”的模式为 %2；只有模式为 AK 的源配置才能用于导入该配置。</translation>
    </message>
    <message>
        <source>Mode %1 is not supported; only AK, StsToken, RamRoleArn and ChainableRamRoleArn profiles can be imported.</source>
        <translation>不支持模式 %1；只能导入 AK、StsToken、RamRoleArn 和 ChainableRamRoleArn 配置。</translation>
    </message>
    <message>
        <source>The profile has no ram_role_arn.</source>
        <translation>该配置没有 ram_role_arn。</translation>
    </message>
</context>
<context>
    <name>acrp::CredentialRules</name>
    <message>
        <source>Enter the AccessKey ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <source>The AccessKey ID has a space or line break inside it; copy it again.</source>
        <translation>AccessKey ID 中含有空格或换行；请重新复制。</translation>
    </message>
    <message>
        <source>The AccessKey ID may contain only the letters A-Z, a-z and the digits 0-9.</source>
        <translation>AccessKey ID 只能包含字母 A-Z、a-z 和数字 0-9。</translation>
    </message>
    <message>
        <source>The AccessKey ID is longer than 128 characters; copy it again.</source>
        <translation>AccessKey ID 超过 128 个字符；请重新复制。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The AccessKey secret has a space or line break inside it; copy it again.</source>
        <translation>AccessKey Secret 中含有空格或换行；请重新复制。</translation>
    </message>
    <message>
        <source>The AccessKey secret may contain only printable ASCII characters.</source>
        <translation>AccessKey Secret 只能包含可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <source>The AccessKey secret is longer than 256 characters; copy it again.</source>
        <translation>AccessKey Secret 超过 256 个字符；请重新复制。</translation>
    </message>
    <message>
        <source>Enter the STS security token.</source>
        <translation>请输入 STS 安全令牌。</translation>
    </message>
    <message>
        <source>The STS security token has a space or line break inside it; copy it again.</source>
        <translation>STS 安全令牌中含有空格或换行；请重新复制。</translation>
    </message>
    <message>
        <source>The STS security token may contain only printable ASCII characters.</source>
        <translation>STS 安全令牌只能包含可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <source>The STS security token is longer than 8192 characters; copy it again.</source>
        <translation>STS 安全令牌超过 8192 个字符；请重新复制。</translation>
    </message>
</context>
<context>
    <name>acrp::CredentialStore</name>
    <message>
        <source>No secret stored for this profile.</source>
        <translation>此配置没有保存 Secret。</translation>
    </message>
    <message>
        <source>No keychain is available (Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager on Windows). The secret can be kept in memory for this session only; it is never written to disk.</source>
        <translation>没有可用的钥匙串（Linux 上为 Secret Service 或 KWallet，macOS 上为钥匙串，Windows 上为凭据管理器）。Secret 可以仅在本次会话中保存在内存里；它绝不会写入磁盘。</translation>
    </message>
    <message>
        <source>The keychain reported an error. Retry, or keep the secret for this session only.</source>
        <translation>钥匙串报告了错误。请重试，或仅在本次会话中保留 Secret。</translation>
    </message>
    <message>
        <source>The keyring is locked or was not created; unlock it in your desktop&apos;s password manager, then Retry.</source>
        <translation>密钥环已锁定或尚未创建；请在桌面的密码管理器中解锁，然后重试。</translation>
    </message>
    <message>
        <source>The keychain refused access (the request was denied or its prompt was closed). Allow acr-purchase in your desktop&apos;s password manager, then Retry.</source>
        <translation>钥匙串拒绝了访问（请求被拒绝或提示窗口被关闭）。请在桌面的密码管理器中允许 acr-purchase，然后重试。</translation>
    </message>
</context>
<context>
    <name>acrp::Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not an endpoint: use sandbox, cn, intl or an http(s) URL.</source>
        <translation>&quot;%1&quot; 不是有效的接入点：请使用 sandbox、cn、intl 或 http(s) URL。</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; must be just scheme, host and port (no path, query or user name).</source>
        <translation>接入点 URL &quot;%1&quot; 只能包含协议、主机和端口（不能包含路径、查询参数或用户名）。</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; uses plain http to another computer; use https.</source>
        <translation>接入点 URL &quot;%1&quot; 使用明文 http 连接其他计算机；请使用 https。</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>the China site (%1)</source>
        <translation>中国站（%1）</translation>
    </message>
    <message>
        <source>the International site (%1)</source>
        <translation>国际站（%1）</translation>
    </message>
    <message>
        <source>Sandbox (built-in, no charge)</source>
        <translation>沙箱（内置，不收费）</translation>
    </message>
    <message>
        <source>China site (%1)</source>
        <translation>中国站（%1）</translation>
    </message>
    <message>
        <source>International site (%1)</source>
        <translation>国际站（%1）</translation>
    </message>
</context>
<context>
    <name>acrp::ErrorExplanation</name>
    <message>
        <source>The account of this AccessKey is on the other site (China site or International site). Use a profile of that site, or change the order’s site.</source>
        <translation>此 AccessKey 所属账号在另一个站点（中国站或国际站）。请使用该站点的配置，或更改订单的站点。</translation>
    </message>
    <message>
        <source>The service does not know this AccessKey ID: it is mistyped, was deleted, or belongs to the other site. Check the profile’s AccessKey ID and site.</source>
        <translation>服务不认识此 AccessKey ID：可能输入有误、已被删除，或属于另一个站点。请检查配置中的 AccessKey ID 和站点。</translation>
    </message>
    <message>
        <source>The account’s available balance and credit do not cover the price. Top up the account, then buy again; nothing was charged.</source>
        <translation>账号的可用余额和信用额度不足以支付此价格。请充值后重新购买；本次未扣费。</translation>
    </message>
    <message>
        <source>The account has overdue bills, so it may not buy. Pay them in the billing console, then buy again.</source>
        <translation>该账号有逾期未付的账单，因此无法购买。请在费用中心付清后重新购买。</translation>
    </message>
    <message>
        <source>The request was not built the way the service expects. This is a fault of this program, not of the order or the credentials: report it with the request ID.</source>
        <translation>请求的构造方式不符合服务的要求。这是本程序的问题，与订单或凭证无关：请附上请求 ID 报告此问题。</translation>
    </message>
    <message>
        <source>The endpoint does not offer this operation or API version: it is probably not a BSS OpenAPI endpoint. Check the endpoint URL.</source>
        <translation>该接入点不提供此操作或此 API 版本，可能不是 BSS OpenAPI 接入点。请检查接入点 URL。</translation>
    </message>
    <message>
        <source>The service had an internal error. Try again later; resume an order rather than buying it again, so it cannot be bought twice.</source>
        <translation>服务内部出错。请稍后重试；对于订单，请恢复该订单而不是重新购买，以免重复购买。</translation>
    </message>
    <message>
        <source>The service did not accept a value of the order; its message names the parameter. Correct that value and buy again.</source>
        <translation>服务不接受订单中的某个值，服务的消息中写明了是哪个参数。请改正该值后重新购买。</translation>
    </message>
    <message>
        <source>The request lacks a value the service requires; its message names the parameter. Check the order (an older order file may lack it); if it keeps happening, report it with the request ID.</source>
        <translation>请求缺少服务要求的值，服务的消息中写明了是哪个参数。请检查订单（较早的订单文件可能缺少该值）；如果问题持续出现，请附上请求 ID 报告此问题。</translation>
    </message>
    <message>
        <source>Part of the order, usually the edition, is not sold on this site. Check the site and the edition (the International site sells Basic and Advanced only).</source>
        <translation>此站点不销售订单中的某一部分（通常是实例规格）。请检查站点和实例规格（国际站只销售基础版和高级版）。</translation>
    </message>
    <message>
        <source>The account already has an instance with this name in this region. Choose another name.</source>
        <translation>该账号在此地域已有同名实例。请换一个名称。</translation>
    </message>
    <message>
        <source>This client token was already used for a different order, so the service refused this one and nothing was bought with it. Submit the order as a new one: it gets a new client token.</source>
        <translation>此客户端令牌已用于另一个不同的订单，因此服务拒绝了本次请求，未购买任何东西。请作为新订单重新提交，它会获得新的客户端令牌。</translation>
    </message>
    <message>
        <source>This AccessKey is disabled. Enable it in the RAM console or use another one.</source>
        <translation>此 AccessKey 已被禁用。请在 RAM 控制台中启用它，或使用其他 AccessKey。</translation>
    </message>
    <message>
        <source>The service computed another signature than this request’s: the AccessKey secret is wrong (pasted secrets often carry extra spaces) or belongs to another AccessKey ID. Enter the secret again.</source>
        <translation>服务计算出的签名与请求不符：AccessKey Secret 有误（粘贴的 Secret 常带有多余的空格），或属于另一个 AccessKey ID。请重新输入 Secret。</translation>
    </message>
    <message>
        <source>The STS security token is invalid, has expired or does not belong to this AccessKey ID. Get a new token together with its AccessKey pair.</source>
        <translation>STS 安全令牌无效、已过期或不属于此 AccessKey ID。请重新获取令牌及与其配套的 AccessKey。</translation>
    </message>
    <message>
        <source>This computer’s clock differs from the service’s by more than 15 minutes. Set the clock (or turn on automatic time) and try again.</source>
        <translation>本机时钟与服务相差超过 15 分钟。请校准时钟（或开启自动对时）后重试。</translation>
    </message>
    <message>
        <source>The service has seen this request’s one-time number (nonce) before, as with a replayed request. Try again: every attempt gets a new one.</source>
        <translation>服务已见过此请求的一次性随机数（nonce），如同请求被重放。请重试：每次尝试都会使用新的随机数。</translation>
    </message>
    <message>
        <source>This RAM user may not buy: it lacks the bss:ModifyInstance permission. Ask the account’s administrator to grant it (for example with the AliyunBSSOrderAccess policy).</source>
        <translation>此 RAM 用户无权购买：缺少 bss:ModifyInstance 权限。请账号管理员为其授权（例如使用 AliyunBSSOrderAccess 策略）。</translation>
    </message>
    <message>
        <source>RAM denied the request: no policy of this user or role allows it. Ask the account’s administrator for the permission.</source>
        <translation>RAM 拒绝了此请求：此用户或角色没有允许该操作的策略。请向账号管理员申请权限。</translation>
    </message>
    <message>
        <source>The account of this AccessKey is not the one that owns or pays for this. Use the AccessKey of the paying account.</source>
        <translation>此 AccessKey 所属账号不是该订单的所有者或付款账号。请使用付款账号的 AccessKey。</translation>
    </message>
    <message>
        <source>Too many requests in a short time: the service limits their rate. Wait a minute and try again.</source>
        <translation>短时间内请求过多，服务限制了请求频率。请稍等一分钟后重试。</translation>
    </message>
    <message>
        <source>An earlier order of this account is still being processed. Wait a minute and try again.</source>
        <translation>此账号的上一笔订单仍在处理中。请稍等一分钟后重试。</translation>
    </message>
    <message>
        <source>The service is unavailable for a moment. Try again in a few minutes.</source>
        <translation>服务暂时不可用。请几分钟后重试。</translation>
    </message>
    <message>
        <source>The service has no order with this ID on this account. Check that the profile is the account that placed it.</source>
        <translation>该账号下没有此 ID 的订单。请确认所用配置就是下单的账号。</translation>
    </message>
    <message>
        <source>Container Registry has no instance with this ID in this region on this account. A new instance may take a moment to appear.</source>
        <translation>该账号在此地域没有此 ID 的容器镜像服务实例。新实例可能需要片刻才会出现。</translation>
    </message>
    <message>
        <source>The instance is in a state that cannot be renewed now (for example it is still being created, or a renewal of it is being processed). Nothing was charged. Sync the account, wait a few minutes, and renew again.</source>
        <translation>实例当前所处的状态无法续费（例如仍在创建中，或该实例的一笔续费正在处理中）。本次未扣费。请同步账号，等待几分钟后重新续费。</translation>
    </message>
    <message>
        <source>The service knows no such instance on this account: the ID is wrong, the instance belongs to another account or site, or it was released (7 days after it expired). Nothing was charged.</source>
        <translation>该账号下没有此实例：可能是 ID 有误、实例属于其他账号或站点，或者实例已被释放（到期 7 天后释放）。本次未扣费。</translation>
    </message>
    <message>
        <source>The OSS bucket this instance stores its images in could not be created: a bucket of that name exists already. Choose another bucket in the Container Registry console, or contact Alibaba Cloud support (%1).</source>
        <translation>无法创建此实例用于存储镜像的 OSS Bucket：同名 Bucket 已存在。请在容器镜像服务控制台中选择其他 Bucket，或联系阿里云技术支持（%1）。</translation>
    </message>
    <message>
        <source>Container Registry reports a problem with this instance: %1. See the instance in the Container Registry console.</source>
        <translation>容器镜像服务报告此实例存在问题：%1。请在容器镜像服务控制台中查看该实例。</translation>
    </message>
    <message>
        <source>The RAM role of this profile does not exist. Check the account ID and the role name in the profile’s role ARN.</source>
        <translation>此配置的 RAM 角色不存在。请检查配置的角色 ARN 中的账号 ID 和角色名称。</translation>
    </message>
    <message>
        <source>The profile’s session duration is longer than the role allows; the service’s message names the maximum. Lower the duration in the profile. Nothing was sent to buy anything.</source>
        <translation>配置中的会话时长超过了该角色允许的上限，服务的消息中写明了最大值。请在配置中降低会话时长。未发送任何购买请求。</translation>
    </message>
    <message>
        <source>STS refused the profile’s session name. Use 2 to 64 characters: letters, digits and . @ _ - only.</source>
        <translation>STS 拒绝了配置中的会话名称。请使用 2 到 64 个字符，只能包含字母、数字和 . @ _ -。</translation>
    </message>
    <message>
        <source>STS refused the profile’s role ARN. Copy it again from the role’s page in the RAM console.</source>
        <translation>STS 拒绝了配置中的角色 ARN。请从 RAM 控制台的角色页面重新复制。</translation>
    </message>
</context>
<context>
    <name>acrp::Expiry</name>
    <message>
        <source>The end of the subscription is not known.</source>
        <translation>到期时间未知。</translation>
    </message>
    <message>
        <source>Renews automatically; the subscription runs until %1.</source>
        <translation>已开启自动续费；当前到期时间为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left; the subscription runs until %1.</source>
        <translation>
            <numerusform>剩余 %n 天；到期时间为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires within a day, on %1. The instance then stops serving, and 7 days later, on %2, it is released: only the images in OSS remain. Renew it to keep it.</source>
        <translation>将在一天内到期（%1）。到期后实例将停止服务，7 天后（%2）将被释放，届时只保留 OSS 中的镜像。如需保留实例，请续费。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left. When the subscription ends on %1 the instance stops serving, and 7 days later, on %2, it is released: only the images in OSS remain. Renew it to keep it.</source>
        <translation>
            <numerusform>剩余 %n 天。%1 到期后实例将停止服务，7 天后（%2）将被释放，届时只保留 OSS 中的镜像。如需保留实例，请续费。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired on %1: the instance has stopped serving. It is released in %n day(s), on %2, and then only the images in OSS remain. Renew it now to keep it.</source>
        <translation>
            <numerusform>已于 %1 到期：实例已停止服务。它将在 %n 天后（%2）被释放，届时只保留 OSS 中的镜像。如需保留实例，请立即续费。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1 and released on %2: only the images in OSS remain.</source>
        <translation>已于 %1 到期，并于 %2 释放：只保留了 OSS 中的镜像。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已释放</translation>
    </message>
</context>
<context>
    <name>acrp::InfraExportService</name>
    <message>
        <source>The order is not valid, so it was not exported.</source>
        <translation>订单无效，因此未导出。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid order file: %2</source>
        <translation>%1 不是有效的订单文件：%2</translation>
    </message>
    <message>
        <source>Journal order %1 is a renewal of %2; it buys no instance. Export the order that bought the instance.</source>
        <translation>日志订单 %1 是对 %2 的续费，不会购买实例。请导出购买该实例的订单。</translation>
    </message>
    <message>
        <source>The outcome of journal order %1 is not known yet: it may have bought an instance, which an export would buy a second time. Resume it first (acr-purchase resume).</source>
        <translation>日志订单 %1 的结果尚不确定：它可能已购买实例，导出后可能再次购买。请先恢复它（acr-purchase resume）。</translation>
    </message>
    <message>
        <source>Journal order %1 was paid but its InstanceId is not known yet. Refresh its status, then export it.</source>
        <translation>日志订单 %1 已支付，但其 InstanceId 尚不清楚。请先刷新其状态，然后再导出。</translation>
    </message>
    <message>
        <source>There is no journal order %1.</source>
        <translation>不存在日志订单 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>acrp::Journal</name>
    <message>
        <source>Cannot create the folder %1 for the order journal.</source>
        <translation>无法为订单日志创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the order journal %1: %2</source>
        <translation>无法创建订单日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the order journal %1: %2</source>
        <translation>无法打开订单日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot switch the order journal %1 to write-ahead logging.</source>
        <translation>无法将订单日志 %1 切换为预写日志（WAL）模式。</translation>
    </message>
    <message>
        <source>The order journal %1 could not be written: %2</source>
        <translation>无法写入订单日志 %1：%2</translation>
    </message>
    <message>
        <source>The order journal %1 was written by a newer version of this program (schema %2, this version reads up to %3). Update the program.</source>
        <translation>订单日志 %1 由更新版本的本程序写入（schema %2，本版本最高只能读取 %3）。请更新程序。</translation>
    </message>
    <message>
        <source>A new journal row must be a draft or being sent.</source>
        <translation>新的日志记录必须处于草稿或发送中状态。</translation>
    </message>
    <message>
        <source>A journal row needs a ClientToken.</source>
        <translation>日志记录必须有 ClientToken。</translation>
    </message>
    <message>
        <source>Order %1 is not in the journal or already finished.</source>
        <translation>订单 %1 不在日志中，或已经结束。</translation>
    </message>
    <message>
        <source>An order can only end with an error as Failed or Unknown.</source>
        <translation>以错误结束的订单，其状态只能是 Failed 或 Unknown。</translation>
    </message>
    <message>
        <source>A renewal row needs its renewal.</source>
        <translation>续费日志记录必须包含续费信息。</translation>
    </message>
</context>
<context>
    <name>acrp::JournalEntry</name>
    <message>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>being sent (if no program is sending it, run resume)</source>
        <translation>发送中（如果没有程序正在发送，请运行 resume）</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>not bought: the service refused it</source>
        <translation>未购买：服务端已拒绝</translation>
    </message>
    <message>
        <source>outcome unknown: run resume to find out (it cannot buy twice)</source>
        <translation>结果未知：请运行 resume 查明结果（不会重复购买）</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新购</translation>
    </message>
</context>
<context>
    <name>acrp::JsonFields</name>
    <message>
        <source>“%1” is not a known key.</source>
        <translation>“%1” 不是已知的键。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>缺少 “%1”。</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>“%1” 不能为空。</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1” 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>“%1” 必须是列表。</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>“%1” 必须是字符串。</translation>
    </message>
    <message>
        <source>“%1” is not valid Unicode text.</source>
        <translation>“%1”不是有效的 Unicode 文本。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1” 必须是整数。</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>“%1” 必须是对象。</translation>
    </message>
</context>
<context>
    <name>acrp::OrderFile</name>
    <message>
        <source>The order file is not valid JSON: %1 (at character %2).</source>
        <translation>订单文件不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The order file must contain a JSON object.</source>
        <translation>订单文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>This order file was made by a newer acr-purchase (format version %1); this program reads version %2.</source>
        <translation>此订单文件由更新版本的 acr-purchase 生成（格式版本 %1）；本程序读取版本 %2。</translation>
    </message>
    <message>
        <source>“%1” must be “cn” or “intl” (not “%2”).</source>
        <translation>“%1” 必须为 “cn” 或 “intl”（而不是 “%2”）。</translation>
    </message>
    <message>
        <source>This is not an acr-purchase order file: “format” must be “%1”.</source>
        <translation>这不是 acr-purchase 订单文件：“format” 必须为 “%1”。</translation>
    </message>
    <message>
        <source>“version” must be at least 1 (not %1).</source>
        <translation>“version” 必须至少为 1（而不是 %1）。</translation>
    </message>
</context>
<context>
    <name>acrp::OrderService</name>
    <message>
        <source>The order journal is not open; nothing was sent.</source>
        <translation>订单日志未打开；未发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Order %1 is not in the journal.</source>
        <translation>订单 %1 不在日志中。</translation>
    </message>
    <message>
        <source>Order %1 is %2 and is not resent.</source>
        <translation>订单 %1 的状态为 %2，不会重新发送。</translation>
    </message>
    <message>
        <source>Order %1 is being sent already.</source>
        <translation>订单 %1 已在发送中。</translation>
    </message>
    <message>
        <source>Order %1 cannot be read back from the journal: %2</source>
        <translation>无法从日志中读回订单 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent and nothing was bought.</source>
        <translation>已取消。未发送任何内容，也未购买任何资源。</translation>
    </message>
    <message>
        <source>No client can be made.</source>
        <translation>无法创建客户端。</translation>
    </message>
    <message>
        <source>Order %1 cannot be resent: %2</source>
        <translation>订单 %1 无法重新发送：%2</translation>
    </message>
    <message>
        <source>Order %1 could not be resent: %2</source>
        <translation>订单 %1 未能重新发送：%2</translation>
    </message>
    <message>
        <source>Order %1 was not bought: there is no status to ask for.</source>
        <translation>订单 %1 未购买成功：没有可查询的状态。</translation>
    </message>
</context>
<context>
    <name>acrp::ProfileResolver</name>
    <message>
        <source>There is no profile named “%1”; “acr-purchase profiles” lists them.</source>
        <translation>没有名为“%1”的配置；运行 “acr-purchase profiles” 可列出所有配置。</translation>
    </message>
    <message>
        <source>No secret stored for profile “%1”. Enter it in the Profiles dialog.</source>
        <translation>配置“%1”没有保存 AccessKey Secret。请在凭证配置对话框中输入。</translation>
    </message>
    <message>
        <source>No keychain is available to read the secret of profile “%1” from. Without a keychain, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET instead.</source>
        <translation>没有可用的钥匙串，无法读取配置“%1”的 AccessKey Secret。没有钥匙串时，请改为设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
</context>
<context>
    <name>acrp::Profiles</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>A profile name starts with a letter or digit and may contain only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 64 characters).</source>
        <translation>配置名称必须以字母或数字开头，只能包含字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The built-in sandbox profile cannot be changed or removed.</source>
        <translation>内置沙箱配置不能修改或删除。</translation>
    </message>
    <message>
        <source>The profile settings could not be written to %1.</source>
        <translation>无法将配置设置写入 %1。</translation>
    </message>
    <message>
        <source>The name “%1” belongs to the built-in profile.</source>
        <translation>名称“%1”属于内置配置。</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>已存在名为“%1”的配置。</translation>
    </message>
    <message>
        <source>“%1” is not a region id such as cn-shanghai.</source>
        <translation>“%1” 不是地域 ID（例如 cn-shanghai）。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Enter the ARN of the RAM role to assume.</source>
        <translation>请输入要扮演的 RAM 角色的 ARN。</translation>
    </message>
    <message>
        <source>“%1” is not a RAM role ARN: it looks like acs:ram::&lt;account ID, digits only&gt;:role/&lt;role name&gt;.</source>
        <translation>“%1” 不是 RAM 角色 ARN：其格式应为 acs:ram::&lt;账号 ID，仅数字&gt;:role/&lt;角色名称&gt;。</translation>
    </message>
    <message>
        <source>The session name must be 2 to 64 characters: letters, digits and . @ _ - only.</source>
        <translation>会话名称必须为 2 到 64 个字符，只能包含字母、数字和 . @ _ -。</translation>
    </message>
    <message>
        <source>The external ID must be 2 to 1224 characters: letters, digits and = , . @ : / _ - only.</source>
        <translation>外部 ID 必须为 2 到 1224 个字符，只能包含字母、数字和 = , . @ : / _ -。</translation>
    </message>
    <message>
        <source>The session duration must be between %1 and %2 seconds.</source>
        <translation>会话时长必须在 %1 到 %2 秒之间。</translation>
    </message>
</context>
<context>
    <name>acrp::RenewalSpec</name>
    <message>
        <source>The renewal is not a JSON object: %1</source>
        <translation>续费信息不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The document is not a renewal.</source>
        <translation>该文档不是续费信息。</translation>
    </message>
    <message>
        <source>The renewal names no site.</source>
        <translation>续费信息中未指定站点。</translation>
    </message>
    <message>
        <source>The renewal names no instance.</source>
        <translation>续费信息中未指定实例。</translation>
    </message>
    <message>
        <source>The renewal has no period.</source>
        <translation>续费信息中没有续费时长。</translation>
    </message>
</context>
<context>
    <name>acrp::ResponseParser</name>
    <message>
        <source>empty answer</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <source>the answer is empty (HTTP %1)</source>
        <translation>响应为空（HTTP %1）</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>响应不是 JSON</translation>
    </message>
    <message>
        <source>the answer is not the expected JSON (HTTP %1)</source>
        <translation>响应不是预期的 JSON（HTTP %1）</translation>
    </message>
    <message>
        <source>the answer reports a failure without an error code (HTTP %1)</source>
        <translation>响应报告了失败，但没有错误码（HTTP %1）</translation>
    </message>
</context>
<context>
    <name>acrp::StrictJson</name>
    <message>
        <source>a number or string that strict JSON does not allow</source>
        <translation>严格 JSON 不允许的数字或字符串</translation>
    </message>
    <message>
        <source>“%1” is given more than once.</source>
        <translation>“%1”出现了不止一次。</translation>
    </message>
</context>
<context>
    <name>acrp::TemplateStore</name>
    <message>
        <source>Enter a name for the template.</source>
        <translation>请输入模板名称。</translation>
    </message>
    <message>
        <source>A template name can have at most %1 characters.</source>
        <translation>模板名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation>不存在 id 为 %1 的模板。</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <source> (copy)</source>
        <extracomment>Suffix of a duplicated template&apos;s name: &quot;prod (copy)&quot;, then &quot;prod (copy 2)&quot;, ...</extracomment>
        <translation>（副本）</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation>（副本 %1）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>%1 is too large to be an order file.</source>
        <translation>%1 太大，不可能是订单文件。</translation>
    </message>
    <message>
        <source>%1 is not a valid order file: %2</source>
        <translation>%1 不是有效的订单文件：%2</translation>
    </message>
    <message>
        <source>The order in %1 is not valid: %2</source>
        <translation>%1 中的订单无效：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>未导入 %1：%2</translation>
    </message>
    <message>
        <source>A template named “%1” already exists.</source>
        <translation>已存在名为“%1”的模板。</translation>
    </message>
    <message>
        <source>The template “%1” could not be saved: %2</source>
        <translation>无法保存模板“%1”：%2</translation>
    </message>
</context>
<context>
    <name>acrp::Translations</name>
    <message>
        <source>acr-purchase: unknown language “%1” for --lang; going on in English. Known languages: %2.</source>
        <translation>acr-purchase：--lang 的语言“%1”未知，继续使用英语。可用语言：%2。</translation>
    </message>
</context>
<context>
    <name>acrp::Validator</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>Choose an edition: %1.</source>
        <translation>请选择实例规格：%1。</translation>
    </message>
    <message>
        <source>The %1 sells only %2.</source>
        <translation>%1只提供 %2。</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>请选择地域。</translation>
    </message>
    <message>
        <source>Leave the bucket name empty when the instance uses the default OSS bucket.</source>
        <translation>实例使用默认 OSS Bucket 时，Bucket 名称应留空。</translation>
    </message>
    <message>
        <source>Enter the name of your OSS bucket, or use the default bucket.</source>
        <translation>请输入您的 OSS Bucket 名称，或使用默认 Bucket。</translation>
    </message>
    <message>
        <source>Choose an image scanner: %1.</source>
        <translation>请选择镜像扫描引擎：%1。</translation>
    </message>
    <message>
        <source>Extra namespaces must be a multiple of %1 from %2 to %3 (not %4).</source>
        <translation>额外命名空间数必须是 %1 的倍数，范围为 %2 到 %3（而不是 %4）。</translation>
    </message>
    <message>
        <source>Extra namespaces must be from %1 to %2 (not %3).</source>
        <translation>额外命名空间数必须在 %1 到 %2 之间（而不是 %3）。</translation>
    </message>
    <message>
        <source>Extra repositories must be a multiple of %1 from %2 to %3 (not %4).</source>
        <translation>额外镜像仓库数必须是 %1 的倍数，范围为 %2 到 %3（而不是 %4）。</translation>
    </message>
    <message>
        <source>Extra repositories must be from %1 to %2 (not %3).</source>
        <translation>额外镜像仓库数必须在 %1 到 %2 之间（而不是 %3）。</translation>
    </message>
    <message>
        <source>The VPC quota must be a multiple of %1 from %2 to %3 (not %4).</source>
        <translation>VPC 配额必须是 %1 的倍数，范围为 %2 到 %3（而不是 %4）。</translation>
    </message>
    <message>
        <source>The VPC quota must be from %1 to %2 (not %3).</source>
        <translation>VPC 配额必须在 %1 到 %2 之间（而不是 %3）。</translation>
    </message>
    <message>
        <source>The subscription period must be %1 months (not %2).</source>
        <translation>购买时长必须为 %1 个月（而不是 %2）。</translation>
    </message>
    <message>
        <source>Choose a renewal period for automatic renewal: %1 months.</source>
        <translation>请为自动续费选择续费时长：%1 个月。</translation>
    </message>
    <message>
        <source>The renewal period must be %1 months (not %2).</source>
        <translation>续费时长必须为 %1 个月（而不是 %2）。</translation>
    </message>
    <message>
        <source>The renewal period must be empty when renewal is manual (it is %1).</source>
        <translation>手动续费时，续费时长必须为空（当前为 %1）。</translation>
    </message>
    <message>
        <source>Enter an instance name: %1 to %2 lowercase letters, digits and hyphens.</source>
        <translation>请输入实例名称：%1 到 %2 个小写字母、数字或连字符。</translation>
    </message>
    <message numerus="yes">
        <source>The instance name must be %1 to %2 characters long (it has %n).</source>
        <translation>
            <numerusform>实例名称长度必须为 %1 到 %2 个字符（当前为 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The instance name cannot start or end with a hyphen.</source>
        <translation>实例名称不能以连字符开头或结尾。</translation>
    </message>
    <message>
        <source>Enter a bucket name: %1 to %2 lowercase letters, digits and hyphens.</source>
        <translation>请输入 Bucket 名称：%1 到 %2 个小写字母、数字或连字符。</translation>
    </message>
    <message numerus="yes">
        <source>The bucket name must be %1 to %2 characters long (it has %n).</source>
        <translation>
            <numerusform>Bucket 名称长度必须为 %1 到 %2 个字符（当前为 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bucket name must start and end with a lowercase letter or a digit.</source>
        <translation>Bucket 名称必须以小写字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the items of a list (&quot;a, b or c&quot;); Chinese uses 、</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1” is not an edition; the %2 sells %3.</source>
        <translation>“%1” 不是有效的实例规格；%2提供 %3。</translation>
    </message>
    <message>
        <source>The instance name may contain only lowercase letters, digits and hyphens (not “%1”).</source>
        <translation>实例名称只能包含小写字母、数字和连字符（不能包含“%1”）。</translation>
    </message>
    <message>
        <source>“%1” is not a known region; use a region id such as %2.</source>
        <translation>“%1” 不是已知的地域；请使用地域 ID，例如 %2。</translation>
    </message>
    <message>
        <source>The bucket name may contain only lowercase letters, digits and hyphens (not “%1”).</source>
        <translation>Bucket 名称只能包含小写字母、数字和连字符（不能包含“%1”）。</translation>
    </message>
    <message>
        <source>The image scanner must be %1 (not “%2”).</source>
        <translation>镜像扫描引擎必须为 %1（而不是 “%2”）。</translation>
    </message>
    <message>
        <source>Enter the ID of the instance to renew (it starts with “cri-”).</source>
        <translation>请输入要续费的实例 ID（以“cri-”开头）。</translation>
    </message>
    <message>
        <source>An instance ID is “cri-” followed by lowercase letters and digits (not “%1”).</source>
        <translation>实例 ID 由“cri-”加小写字母和数字组成（而不是“%1”）。</translation>
    </message>
    <message>
        <source>A renewal must be for %1 months (not %2).</source>
        <translation>续费时长必须为 %1 个月（而不是 %2）。</translation>
    </message>
</context>
<context>
    <name>acrp::cli::AccountCommands</name>
    <message>
        <source>The account’s endpoint: sandbox (default, the built-in sandbox), cn, intl, or an http(s) URL.</source>
        <translation>账号的接入点：sandbox（默认，内置沙箱）、cn、intl 或 http(s) URL。</translation>
    </message>
    <message>
        <source>Use the credentials of this profile.</source>
        <translation>使用此配置的凭证。</translation>
    </message>
    <message>
        <source>The account’s site when the endpoint and the profile do not say it (a URL endpoint with the ALIBABA_CLOUD_* variables): cn (default) or intl.</source>
        <translation>接入点和配置都未指明站点时（例如 URL 接入点加 ALIBABA_CLOUD_* 环境变量），账号所在的站点：cn（默认）或 intl。</translation>
    </message>
    <message>
        <source>Unknown site “%1” for --site. Use cn or intl.</source>
        <translation>--site 的站点“%1”未知。请使用 cn 或 intl。</translation>
    </message>
    <message>
        <source>--site %1 does not match the endpoint %2.</source>
        <translation>--site %1 与接入点 %2 不符。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n instance(s)</source>
        <translation>
            <numerusform>同步完成，接入点：%1；%n 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n order(s).</source>
        <translation>
            <numerusform>，%n 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish; last successful sync: %1.</source>
        <translation>同步未完成；上次成功同步：%1。</translation>
    </message>
    <message numerus="yes">
        <source>auto, %n month(s)</source>
        <translation>
            <numerusform>自动续费，每次 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动续费</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>到期不续费</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ENDS</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>DAYS LEFT</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>RENEWAL</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>BOUGHT</source>
        <translation>购买途径</translation>
    </message>
    <message>
        <source>here</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>其他途径</translation>
    </message>
    <message>
        <source>(no OrderId yet)</source>
        <translation>（尚无 OrderId）</translation>
    </message>
    <message>
        <source>journal #%1</source>
        <translation>日志 #%1</translation>
    </message>
    <message>
        <source>Reads what the account owns from the service (BSS QueryAvailableInstances and QueryOrders, ACR GetInstance) and stores it beside the journal with the time it was read. Orders in the journal are never changed.
Exit codes: 0 synced, 3 refused by the service, 5 usage or local error, or the service not reached.</source>
        <translation>从服务端读取账号拥有的资源（BSS QueryAvailableInstances 和 QueryOrders，ACR GetInstance），连同读取时间保存在订单日志旁。订单日志中的订单不会被修改。
退出码：0 已同步，3 被服务端拒绝，5 用法错误、本地错误或无法连接到服务。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>sync takes no arguments besides its options.</source>
        <translation>sync 除选项外不接受任何参数。</translation>
    </message>
    <message>
        <source>Lists the ACR Enterprise Edition instances of the account as the last sync read them, with their end dates, days left, renewal setting, and whether they were bought here or elsewhere.
Exit codes: 0 listed, 6 --expiring found instances that need renewing, 3 or 5 as sync when --sync fails, 5 usage or local error.</source>
        <translation>按上次同步读取的结果，列出账号的 ACR 企业版实例，包括到期时间、剩余天数、续费设置，以及是通过本程序还是其他途径购买的。
退出码：0 已列出，6 --expiring 找到需要续费的实例，3 或 5 与 sync 相同（--sync 失败时），5 用法错误或本地错误。</translation>
    </message>
    <message>
        <source>Only instances without automatic renewal that end within DAYS days, and ended ones not yet released; exit code 6 when there are any.</source>
        <translation>只列出未开启自动续费且在 DAYS 天内到期的实例，以及已到期但尚未释放的实例；有这样的实例时退出码为 6。</translation>
    </message>
    <message>
        <source>Sync the account first.</source>
        <translation>先同步账号。</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;instances&quot;: [...]}.</source>
        <translation>输出一个 JSON 对象：{&quot;instances&quot;: [...]}。</translation>
    </message>
    <message>
        <source>instances takes no arguments besides its options.</source>
        <translation>instances 除选项外不接受任何参数。</translation>
    </message>
    <message>
        <source>Account %1 at %2, last synced: %3.</source>
        <translation>账号：%1，接入点：%2，上次同步：%3。</translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation>（环境变量）</translation>
    </message>
    <message>
        <source>Nothing synced yet: run “acr-purchase sync” (or add --sync).</source>
        <translation>尚未同步过：请运行“acr-purchase sync”（或加上 --sync）。</translation>
    </message>
    <message numerus="yes">
        <source>No instance needs renewing within %n day(s).</source>
        <translation>
            <numerusform>%n 天内没有需要续费的实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>No instances.</source>
        <translation>没有实例。</translation>
    </message>
</context>
<context>
    <name>acrp::cli::ClientOptions</name>
    <message>
        <source>Signature version: v1 (default) or v3.</source>
        <translation>签名版本：v1（默认）或 v3。</translation>
    </message>
    <message>
        <source>Give up an attempt after SECONDS without data (default %1).</source>
        <translation>若 SECONDS 秒内未收到数据则放弃本次尝试（默认 %1）。</translation>
    </message>
    <message>
        <source>Send at most N times (default %1); every attempt carries the same ClientToken.</source>
        <translation>最多发送 N 次（默认 %1）；每次尝试都携带相同的 ClientToken。</translation>
    </message>
    <message>
        <source>--signature must be v1 or v3, not “%1”.</source>
        <translation>--signature 必须为 v1 或 v3，而不是 “%1”。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600, not “%1”.</source>
        <translation>--timeout 必须是 0 到 3600 之间的秒数，而不是 “%1”。</translation>
    </message>
    <message>
        <source>--attempts must be a whole number from 1 to 20, not “%1”.</source>
        <translation>--attempts 必须是 1 到 20 之间的整数，而不是 “%1”。</translation>
    </message>
</context>
<context>
    <name>acrp::cli::CommandServices</name>
    <message>
        <source>Attempt %1 (same ClientToken)…</source>
        <translation>第 %1 次尝试（相同的 ClientToken）…</translation>
    </message>
</context>
<context>
    <name>acrp::cli::CommandSupport</name>
    <message>
        <source>%1: unknown command “%2”.</source>
        <translation>%1：未知命令“%2”。</translation>
    </message>
    <message>
        <source>%1: unknown option “%2”.</source>
        <translation>%1：未知选项“%2”。</translation>
    </message>
    <message>
        <source>%1: unknown action “%2”.</source>
        <translation>%1：未知操作“%2”。</translation>
    </message>
    <message>
        <source>The language of the output, and of its dates and numbers: %1. Default: the system’s.</source>
        <translation>输出及其日期和数字所用的语言：%1。默认：系统语言。</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>您是不是要输入“%1”？</translation>
    </message>
    <message>
        <source>See “%1 --help”.</source>
        <translation>请参阅“%1 --help”。</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was sent.</source>
        <translation>未确认；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>acrp::cli::ExportCommand</name>
    <message>
        <source>Writes an order, or a journal order with the instance it bought, as infrastructure code: a Terraform configuration (alicloud_cr_ee_instance; a bought instance gets an import block so `terraform plan` adopts it) or a ROS template (ALIYUN::CR::Instance). No credentials are written.
Exit codes: 0 written, 2 not a valid order, 5 usage or local error.</source>
        <translation>将订单，或日志订单及其购买的实例，写为基础设施代码：Terraform 配置（alicloud_cr_ee_instance；已购买的实例会带有 import 块，使 `terraform plan` 纳管该实例）或 ROS 模板（ALIYUN::CR::Instance）。不会写入任何凭证。
退出码：0 已写入，2 订单无效，5 用法错误或本地错误。</translation>
    </message>
    <message>
        <source>The order file (or use --journal-id).</source>
        <translation>订单文件（或使用 --journal-id）。</translation>
    </message>
    <message>
        <source>Export the journal&apos;s order N (see acr-purchase history).</source>
        <translation>导出日志中的订单 N（参见 acr-purchase history）。</translation>
    </message>
    <message>
        <source>terraform or ros.</source>
        <translation>terraform 或 ros。</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>写入 FILE（原子写入），而不是标准输出。</translation>
    </message>
    <message>
        <source>export needs one order file or --journal-id N (acr-purchase export ORDER.json|--journal-id N --format terraform|ros).</source>
        <translation>export 需要一个订单文件或 --journal-id N（acr-purchase export ORDER.json|--journal-id N --format terraform|ros）。</translation>
    </message>
    <message>
        <source>--journal-id needs a journal order number, not “%1”.</source>
        <translation>--journal-id 需要日志订单编号，而不是“%1”。</translation>
    </message>
    <message>
        <source>export needs --format terraform or --format ros.</source>
        <translation>export 需要 --format terraform 或 --format ros。</translation>
    </message>
    <message>
        <source>--format must be terraform or ros, not “%1”.</source>
        <translation>--format 必须为 terraform 或 ros，而不是“%1”。</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output 需要一个文件名。</translation>
    </message>
    <message>
        <source>Wrote the Terraform configuration to %1.</source>
        <translation>已将 Terraform 配置写入 %1。</translation>
    </message>
    <message>
        <source>Wrote the ROS template to %1.</source>
        <translation>已将 ROS 模板写入 %1。</translation>
    </message>
    <message>
        <source>It adopts the instance bought already (%1) instead of buying another one.</source>
        <translation>它会纳管已购买的实例（%1），而不是再购买一个。</translation>
    </message>
</context>
<context>
    <name>acrp::cli::HistoryCommand</name>
    <message>
        <source>Lists the orders in the journal, newest first, with their state: Sending, Succeeded, Failed or Unknown (Sending and Unknown: run resume).</source>
        <translation>按从新到旧的顺序列出日志中的订单及其状态：Sending、Succeeded、Failed 或 Unknown（处于 Sending 和 Unknown 状态时请运行 resume）。</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;orders&quot;: [...]}.</source>
        <translation>输出一个 JSON 对象：{&quot;orders&quot;: [...]}。</translation>
    </message>
    <message>
        <source>Show at most N orders.</source>
        <translation>最多显示 N 个订单。</translation>
    </message>
    <message>
        <source>history takes no arguments besides its options.</source>
        <translation>history 除选项外不接受任何参数。</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number.</source>
        <translation>--limit 必须是正整数。</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>暂无订单。</translation>
    </message>
    <message numerus="yes">
        <source>, %n attempt(s)</source>
        <translation>
            <numerusform>，共 %n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>Only orders in this state: Draft, Sending, Succeeded, Failed or Unknown. Repeat it or separate states with commas.</source>
        <translation>只列出处于此状态的订单：Draft、Sending、Succeeded、Failed 或 Unknown。可重复此选项，或用逗号分隔多个状态。</translation>
    </message>
    <message>
        <source>Only orders for this site.</source>
        <translation>只列出此站点的订单。</translation>
    </message>
    <message>
        <source>Only orders whose instance name, region, edition, profile, InstanceId, OrderId, RequestId or ClientToken contains TEXT (any case).</source>
        <translation>只列出实例名称、地域、实例规格、配置、InstanceId、OrderId、RequestId 或 ClientToken 包含 TEXT 的订单（不区分大小写）。</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>没有匹配的订单。</translation>
    </message>
    <message>
        <source>Unknown state “%1” for --state. Use one or more of: %2.</source>
        <translation>--state 的状态“%1”未知。请使用以下一个或多个：%2。</translation>
    </message>
    <message>
        <source>Unknown site “%1” for --site. Use cn or intl.</source>
        <translation>--site 的站点“%1”未知。请使用 cn 或 intl。</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message numerus="yes">
        <source>, renews %1 for %n month(s)</source>
        <translation>
            <numerusform>，为 %1 续费 %n 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::cli::OutcomeReport</name>
    <message>
        <source>The order is not valid; nothing was sent.</source>
        <translation>订单无效；未发送任何内容。</translation>
    </message>
    <message>
        <source>The order is not valid; nothing was sent:</source>
        <translation>订单无效；未发送任何内容：</translation>
    </message>
    <message>
        <source>Bought. Order %1 (journal #%2)</source>
        <translation>已购买。订单 %1（日志 #%2）</translation>
    </message>
    <message>
        <source>Provisioning: %1 (the instance is paid for; ACR is setting it up)</source>
        <translation>开通状态：%1（实例已支付，容器镜像服务正在创建）</translation>
    </message>
    <message>
        <source>Not bought (journal #%1): %2</source>
        <translation>未购买（日志 #%1）：%2</translation>
    </message>
    <message>
        <source>Outcome unknown (journal #%1): %2</source>
        <translation>结果未知（日志 #%1）：%2</translation>
    </message>
    <message>
        <source>The order may or may not have been placed. Run &quot;acr-purchase resume&quot; to find out: it resends the order with the same ClientToken, so it cannot buy twice.</source>
        <translation>订单可能已下单，也可能没有。请运行 &quot;acr-purchase resume&quot; 查明结果：它会使用相同的 ClientToken 重新发送订单，因此不会重复购买。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation>服务端消息：%1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>诊断：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The renewal is not valid; nothing was sent: %1</source>
        <translation>续费请求无效；未发送任何内容：%1</translation>
    </message>
    <message>
        <source>Renewed. Order %1 (journal #%2)</source>
        <translation>已续费。订单 %1（日志 #%2）</translation>
    </message>
    <message>
        <source>Not renewed (journal #%1): %2</source>
        <translation>未续费（日志 #%1）：%2</translation>
    </message>
    <message>
        <source>The renewal may or may not have been placed. Run &quot;acr-purchase resume&quot; to find out: it resends the renewal with the same ClientToken, so it cannot renew twice.</source>
        <translation>续费可能已下单，也可能没有。请运行 &quot;acr-purchase resume&quot; 查明结果：它会使用相同的 ClientToken 重新发送续费请求，因此不会重复续费。</translation>
    </message>
</context>
<context>
    <name>acrp::cli::ProfilesCommand</name>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>ACCESS KEY ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>DEFAULT REGION</source>
        <translation>默认地域</translation>
    </message>
    <message>
        <source>(built-in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <source>Lists the credential profiles. Secrets stay in the keychain and are never shown.</source>
        <translation>列出凭证配置。Secret 保存在钥匙串中，从不显示。</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;profiles&quot;: [...]}.</source>
        <translation>输出一个 JSON 对象：{&quot;profiles&quot;: [...]}。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The credential profiles. Secrets stay in the keychain and are never shown.
  list                List the profiles (also without an action).
  add NAME            Add a profile; the secret is read from standard input.
  import              Import the aliyun CLI&apos;s profiles or the ALIBABA_CLOUD_* variables.
  check NAME          Check a profile&apos;s credentials with the service.</source>
        <translation>凭证配置。Secret 保存在钥匙串中，从不显示。
  list                列出配置（不带操作时也是如此）。
  add NAME            添加配置；Secret 从标准输入读取。
  import              导入 aliyun CLI 的配置或 ALIBABA_CLOUD_* 环境变量。
  check NAME          向服务检查配置的凭证。</translation>
    </message>
    <message>
        <source>profiles list takes no arguments besides its options.</source>
        <translation>profiles list 除选项外不接受任何参数。</translation>
    </message>
    <message>
        <source>--site must be cn or intl, not “%1”.</source>
        <translation>--site 必须为 cn 或 intl，而不是“%1”。</translation>
    </message>
    <message>
        <source>--mode must be ak, sts or ram-role, not “%1”.</source>
        <translation>--mode 必须为 ak、sts 或 ram-role，而不是“%1”。</translation>
    </message>
    <message>
        <source>Adds a credential profile. The AccessKey secret is read from standard input (the first line; for --mode sts the security token on the second line), never from the command line, and goes to the keychain. A RAM role profile assumes its role with this AccessKey before each purchase.</source>
        <translation>添加凭证配置。AccessKey Secret 从标准输入读取（第一行；--mode sts 时第二行为安全令牌），绝不从命令行读取，并存入钥匙串。RAM 角色配置在每次购买前使用此 AccessKey 扮演其角色。</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>配置名称。</translation>
    </message>
    <message>
        <source>The AccessKey ID.</source>
        <translation>AccessKey ID。</translation>
    </message>
    <message>
        <source>The account&apos;s site: cn (default) or intl.</source>
        <translation>账号所在的站点：cn（默认）或 intl。</translation>
    </message>
    <message>
        <source>ak (default), sts (with a security token) or ram-role (assume a RAM role).</source>
        <translation>ak（默认）、sts（带安全令牌）或 ram-role（扮演 RAM 角色）。</translation>
    </message>
    <message>
        <source>ram-role: the role to assume, acs:ram::ACCOUNT:role/NAME.</source>
        <translation>ram-role：要扮演的角色，acs:ram::ACCOUNT:role/NAME。</translation>
    </message>
    <message>
        <source>ram-role: the role session&apos;s name (default %1).</source>
        <translation>ram-role：角色的会话名称（默认 %1）。</translation>
    </message>
    <message>
        <source>ram-role: the external ID the role demands, if any.</source>
        <translation>ram-role：角色要求的外部 ID（如有）。</translation>
    </message>
    <message>
        <source>ram-role: how long the temporary credentials last, %1-%2 seconds (default %3).</source>
        <translation>ram-role：临时凭证的有效时长，%1-%2 秒（默认 %3）。</translation>
    </message>
    <message>
        <source>The default region, e.g. cn-shanghai.</source>
        <translation>默认地域，例如 cn-shanghai。</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;profile&quot;: {...}}.</source>
        <translation>输出一个 JSON 对象：{&quot;profile&quot;: {...}}。</translation>
    </message>
    <message>
        <source>profiles add needs one profile name.</source>
        <translation>profiles add 需要一个配置名称。</translation>
    </message>
    <message>
        <source>--%1 is for RAM role profiles (--mode ram-role) only.</source>
        <translation>--%1 仅适用于 RAM 角色配置（--mode ram-role）。</translation>
    </message>
    <message>
        <source>profiles add reads the AccessKey secret from standard input, which is a terminal here where typing it would show it: pipe it in, for example from a password manager.</source>
        <translation>profiles add 从标准输入读取 AccessKey Secret，而此处的标准输入是终端，输入时会显示出来：请通过管道传入，例如从密码管理器传入。</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its secret is in the keychain.</source>
        <translation>配置“%1”已保存；其 Secret 已存入钥匙串。</translation>
    </message>
    <message>
        <source>It assumes %1 before each call.</source>
        <translation>它会在每次调用前扮演 %1。</translation>
    </message>
    <message>
        <source>Imports credentials kept by the Alibaba Cloud tools: the aliyun CLI&apos;s profiles of mode AK, StsToken, RamRoleArn and ChainableRamRoleArn (with an AK source profile), or the ALIBABA_CLOUD_* environment variables. Secrets go to the keychain. Profiles that cannot be imported are listed with the reason.</source>
        <translation>导入阿里云工具保存的凭证：aliyun CLI 中模式为 AK、StsToken、RamRoleArn 和 ChainableRamRoleArn（源配置为 AK 模式）的配置，或 ALIBABA_CLOUD_* 环境变量。Secret 存入钥匙串。无法导入的配置会连同原因一起列出。</translation>
    </message>
    <message>
        <source>aliyun (default) or env.</source>
        <translation>aliyun（默认）或 env。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration (default %1).</source>
        <translation>aliyun CLI 配置文件（默认 %1）。</translation>
    </message>
    <message>
        <source>The site of the imported accounts: cn (default) or intl (the aliyun CLI does not record it).</source>
        <translation>导入账号所在的站点：cn（默认）或 intl（aliyun CLI 不记录站点）。</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;imported&quot;: [...], &quot;skipped&quot;: [...]}.</source>
        <translation>输出一个 JSON 对象：{&quot;imported&quot;: [...], &quot;skipped&quot;: [...]}。</translation>
    </message>
    <message>
        <source>profiles import takes no arguments besides its options.</source>
        <translation>profiles import 除选项外不接受任何参数。</translation>
    </message>
    <message>
        <source>--from must be aliyun or env, not “%1”.</source>
        <translation>--from 必须为 aliyun 或 env，而不是“%1”。</translation>
    </message>
    <message>
        <source>Imported %1 (%2) as profile “%3”.</source>
        <translation>已将 %1（%2）导入为配置“%3”。</translation>
    </message>
    <message>
        <source>Skipped %1 (%2): %3</source>
        <translation>已跳过 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Checks a profile&apos;s credentials: the account balance, or what is wrong. A RAM role profile assumes its role first and shows the assumed identity (or why the role was refused).
Exit codes: 0 the credentials work, 3 refused by the service, 5 usage or local error, or the service not reached.</source>
        <translation>检查配置的凭证：显示账号余额，或说明问题所在。RAM 角色配置会先扮演其角色，并显示扮演后的身份（或角色被拒绝的原因）。
退出码：0 凭证有效，3 被服务端拒绝，5 用法错误、本地错误或无法连接到服务。</translation>
    </message>
    <message>
        <source>The profile to check.</source>
        <translation>要检查的配置。</translation>
    </message>
    <message>
        <source>sandbox, cn, intl or a URL (default: the profile&apos;s site; the sandbox for the built-in profile).</source>
        <translation>sandbox、cn、intl 或 URL（默认：配置所在的站点；内置配置为沙箱）。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>profiles check needs one profile name.</source>
        <translation>profiles check 需要一个配置名称。</translation>
    </message>
    <message>
        <source>list, add, import or check.</source>
        <translation>list、add、import 或 check。</translation>
    </message>
</context>
<context>
    <name>acrp::cli::RenewCommand</name>
    <message>
        <source>Renews the ACR Enterprise Edition instance INSTANCE_ID for --period months (BSS RenewInstance, paid from the account’s balance). The renewal is written to the journal with its ClientToken before anything is sent, so a retry or “acr-purchase resume” cannot renew twice.
Exit codes: 0 renewed, 2 invalid renewal, 3 refused by the service, 4 outcome unknown (run resume), 5 usage or local error.</source>
        <translation>为 ACR 企业版实例 INSTANCE_ID 续费 --period 个月（BSS RenewInstance，从账号余额中扣费）。在发送任何内容之前，续费请求会连同其 ClientToken 写入订单日志，因此重试或“acr-purchase resume”都不会重复续费。
退出码：0 已续费，2 续费请求无效，3 被服务端拒绝，4 结果未知（请运行 resume），5 用法错误或本地错误。</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>unknown (sync the account to see it)</source>
        <translation>未知（同步账号后可查看）</translation>
    </message>
    <message numerus="yes">
        <source>Renewal of %1 for %n month(s) at %2</source>
        <translation>
            <numerusform>为 %1 续费 %n 个月，接入点：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>价格：%1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
    <message>
        <source>The balance is below the price: the service will refuse the renewal.</source>
        <translation>余额低于价格：服务端将拒绝此次续费。</translation>
    </message>
    <message>
        <source>Ends now: %1</source>
        <translation>当前到期时间：%1</translation>
    </message>
    <message>
        <source>Ends after the renewal: %1</source>
        <translation>续费后到期时间：%1</translation>
    </message>
    <message>
        <source>Type “yes” to renew and pay: </source>
        <translation>输入“yes”确认续费并付款： </translation>
    </message>
    <message>
        <source>The instance to renew (cri-…).</source>
        <translation>要续费的实例（cri-…）。</translation>
    </message>
    <message>
        <source>Months to renew for: 1 to 9, 12, 24 or 36.</source>
        <translation>续费月数：1 到 9、12、24 或 36。</translation>
    </message>
    <message>
        <source>Where the instance is: sandbox (default, no charge), cn, intl, or an http(s) URL.</source>
        <translation>实例所在位置：sandbox（默认，不收费）、cn、intl 或 http(s) URL。</translation>
    </message>
    <message>
        <source>Use the credentials of this profile.</source>
        <translation>使用此配置的凭证。</translation>
    </message>
    <message>
        <source>Do not ask before renewing on a real endpoint.</source>
        <translation>在真实接入点续费前不再询问确认。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>renew needs exactly one instance ID (acr-purchase renew cri-… --period N).</source>
        <translation>renew 需要且仅需要一个实例 ID（acr-purchase renew cri-… --period N）。</translation>
    </message>
    <message>
        <source>renew needs --period N (months: 1 to 9, 12, 24 or 36).</source>
        <translation>renew 需要 --period N（月数：1 到 9、12、24 或 36）。</translation>
    </message>
    <message>
        <source>The renewal is not valid; nothing was sent:</source>
        <translation>续费请求无效；未发送任何内容：</translation>
    </message>
    <message>
        <source>%1 is a real endpoint and renewing there costs money. Nothing was sent: pass --yes to confirm without a question.</source>
        <translation>%1 是真实接入点，在此续费会产生费用。未发送任何内容：请传入 --yes，不经询问直接确认。</translation>
    </message>
    <message>
        <source>Renewal saved as journal #%1 with ClientToken %2; sending to %3.</source>
        <translation>续费请求已保存为日志 #%1，ClientToken 为 %2；正在发送到 %3。</translation>
    </message>
    <message>
        <source>Ends: %1 (as the last sync and this renewal make it; run “acr-purchase sync” to read it from the service)</source>
        <translation>到期时间：%1（根据上次同步和本次续费推算；运行“acr-purchase sync”可从服务端读取）</translation>
    </message>
</context>
<context>
    <name>acrp::cli::ResumeCommand</name>
    <message>
        <source>Resends every order left in Sending or Unknown with its own ClientToken, to the endpoint it was first sent to. The service answers the original result, so nothing is bought twice.</source>
        <translation>使用各自的 ClientToken，将所有处于 Sending 或 Unknown 状态的订单重新发送到其最初发送的接入点。服务端会返回原来的结果，因此不会重复购买。</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;orders&quot;: [...]}.</source>
        <translation>输出一个 JSON 对象：{&quot;orders&quot;: [...]}。</translation>
    </message>
    <message>
        <source>resume takes no arguments besides its options.</source>
        <translation>resume 除选项外不接受任何参数。</translation>
    </message>
    <message>
        <source>Nothing to resume: every order in the journal has a final outcome.</source>
        <translation>没有需要恢复的订单：日志中的所有订单都已有最终结果。</translation>
    </message>
    <message>
        <source>Resending order #%1 with ClientToken %2 to %3.</source>
        <translation>正在使用 ClientToken %2 将订单 #%1 重新发送到 %3。</translation>
    </message>
</context>
<context>
    <name>acrp::cli::SubmitCommand</name>
    <message>
        <source>Buys the instance described by ORDER.json (an acr-purchase/order file).
The order is written to the journal with its ClientToken before anything is sent.
Exit codes: 0 bought, 2 invalid order, 3 refused by the service, 4 outcome unknown (run resume), 5 usage or local error.</source>
        <translation>购买 ORDER.json（acr-purchase/order 文件）所描述的实例。
在发送任何内容之前，订单会连同其 ClientToken 写入日志。
退出码：0 已购买，2 订单无效，3 被服务端拒绝，4 结果未知（请运行 resume），5 用法错误或本地错误。</translation>
    </message>
    <message>
        <source>Dry run: this is the request that would be sent to %1; nothing was sent. A real submit uses a new ClientToken and a fresh signature.</source>
        <translation>试运行：以下是将发送到 %1 的请求；未发送任何内容。实际提交时会使用新的 ClientToken 和新的签名。</translation>
    </message>
    <message>
        <source>You are about to buy on %1, paid by the account of these credentials:</source>
        <translation>即将在 %1 购买，由以下凭证所属的账号付款：</translation>
    </message>
    <message>
        <source>The order file.</source>
        <translation>订单文件。</translation>
    </message>
    <message>
        <source>Where to buy: sandbox (default, no charge), cn, intl, or an http(s) URL.</source>
        <translation>购买位置：sandbox（默认，不收费）、cn、intl 或 http(s) URL。</translation>
    </message>
    <message>
        <source>Use the credentials of this profile.</source>
        <translation>使用此配置的凭证。</translation>
    </message>
    <message>
        <source>Print the exact request instead of sending it.</source>
        <translation>输出将要发送的确切请求，但不发送。</translation>
    </message>
    <message>
        <source>Do not ask before buying on a real endpoint.</source>
        <translation>在真实接入点购买前不再询问确认。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>submit needs exactly one order file (acr-purchase submit ORDER.json).</source>
        <translation>submit 需要且仅需要一个订单文件（acr-purchase submit ORDER.json）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid order file: %2</source>
        <translation>%1 不是有效的订单文件：%2</translation>
    </message>
    <message>
        <source>The order is for the %1 site but the endpoint is %2. Use --endpoint %1.</source>
        <translation>订单属于 %1 站点，但接入点是 %2。请使用 --endpoint %1。</translation>
    </message>
    <message>
        <source>%1 is a real endpoint and buying there costs money. Nothing was sent: pass --yes to confirm without a question.</source>
        <translation>%1 是真实接入点，在此购买会产生费用。未发送任何内容：请传入 --yes，不经询问直接确认。</translation>
    </message>
    <message>
        <source>Order saved as journal #%1 with ClientToken %2; sending to %3.</source>
        <translation>订单已保存为日志 #%1，ClientToken 为 %2；正在发送到 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%1 edition instance “%2” in %3, %n month(s)</source>
        <translation>
            <numerusform>%1 实例“%2”，地域 %3，%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Type “yes” to buy: </source>
        <translation>输入 “yes” 确认购买：</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n earlier order(s) have no final outcome yet; run “acr-purchase resume”.</source>
        <translation>
            <numerusform>注意：之前有 %n 个订单尚无最终结果；请运行 “acr-purchase resume”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::cli::TemplatesCommand</name>
    <message>
        <source>Order templates, kept next to the order journal.
  list                List the templates.
  export NAME FILE    Write a template as an order file (FILE - : standard output).
  import FILE...      Add a template from each order file, named after the file.
Exit codes: 0 done, 2 a file was not imported, 5 usage or local error.</source>
        <translation>订单模板，与订单日志保存在一起。
  list                列出模板。
  export NAME FILE    将模板写为订单文件（FILE 为 - 时写到标准输出）。
  import FILE...      从每个订单文件添加一个模板，以文件名命名。
退出码：0 完成，2 有文件未导入，5 用法错误或本地错误。</translation>
    </message>
    <message>
        <source>Lists the order templates by name.</source>
        <translation>按名称列出订单模板。</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;templates&quot;: [...]}.</source>
        <translation>输出一个 JSON 对象：{&quot;templates&quot;: [...]}。</translation>
    </message>
    <message>
        <source>templates list takes no arguments besides its options.</source>
        <translation>templates list 除选项外不接受参数。</translation>
    </message>
    <message>
        <source>No templates yet.</source>
        <translation>还没有模板。</translation>
    </message>
    <message>
        <source>Writes the template NAME as an order file to FILE, or to standard output when FILE is -.</source>
        <translation>将模板 NAME 作为订单文件写到 FILE；FILE 为 - 时写到标准输出。</translation>
    </message>
    <message>
        <source>The template (any case).</source>
        <translation>模板名称（不区分大小写）。</translation>
    </message>
    <message>
        <source>The order file to write, or -.</source>
        <translation>要写入的订单文件，或 -。</translation>
    </message>
    <message>
        <source>Print one JSON object (with FILE -: the order file).</source>
        <translation>输出一个 JSON 对象（FILE 为 - 时输出订单文件）。</translation>
    </message>
    <message>
        <source>templates export needs a template name and a file (acr-purchase templates export NAME FILE).</source>
        <translation>templates export 需要模板名称和文件（acr-purchase templates export NAME FILE）。</translation>
    </message>
    <message>
        <source>Adds a template from each order file, named after the file (prod.json: prod). Each file is imported whole or not at all.</source>
        <translation>从每个订单文件添加一个模板，以文件名命名（prod.json：prod）。每个文件要么完整导入，要么完全不导入。</translation>
    </message>
    <message>
        <source>Order files.</source>
        <translation>订单文件。</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;files&quot;: [...], &quot;imported&quot;: N, &quot;rejected&quot;: N}.</source>
        <translation>输出一个 JSON 对象：{&quot;files&quot;: [...], &quot;imported&quot;: N, &quot;rejected&quot;: N}。</translation>
    </message>
    <message>
        <source>templates import needs at least one order file (acr-purchase templates import FILE...).</source>
        <translation>templates import 至少需要一个订单文件（acr-purchase templates import FILE...）。</translation>
    </message>
    <message>
        <source>list, export or import.</source>
        <translation>list、export 或 import。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>templates needs an action: list, export or import.</source>
        <translation>templates 需要一个操作：list、export 或 import。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>时长</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no template named “%1”.</source>
        <translation>不存在名为“%1”的模板。</translation>
    </message>
    <message>
        <source>Exported template “%1” to %2.</source>
        <translation>已将模板“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>Imported %1 as template “%2”.</source>
        <translation>已将 %1 导入为模板“%2”。</translation>
    </message>
</context>
<context>
    <name>acrp::cli::Text</name>
    <message>
        <source>acr-purchase: --lang needs a language code. Known languages: %1.</source>
        <translation>acr-purchase：--lang 需要语言代码。可用语言：%1。</translation>
    </message>
    <message>
        <source>Usage: acr-purchase [--lang CODE] [COMMAND] [OPTIONS]

Buys an Alibaba Cloud Container Registry Enterprise Edition instance.
Without a command, the purchase wizard opens on the built-in sandbox.

Commands:
  submit ORDER.json [--endpoint sandbox|cn|intl|URL] [--signature v1|v3]
                    [--profile NAME] [--dry-run] [--yes] [--json]
                   Buy the instance an order file describes (default endpoint: sandbox).
  history [--json] [--state STATE] [--site cn|intl] [--search TEXT] [--limit N]
                   List the orders in the journal and their states.
  resume [--json]  Resend orders and renewals left in Sending or Unknown with their own
                   ClientToken.
  sync [--profile NAME] [--endpoint E] [--json]
                   Read the account’s instances and orders from the service.
  instances [--profile NAME] [--endpoint E] [--expiring DAYS] [--sync] [--json]
                   List the account’s instances, their end dates and renewal settings.
  renew INSTANCE_ID --period N [--profile NAME] [--endpoint E] [--yes] [--json]
                   Renew an instance for N months (1-9, 12, 24, 36).
  profiles [list|add|import|check] [--json]
                   List, add (secret from stdin), import (aliyun CLI, environment) or
                   check credential profiles, RAM role profiles included.
  templates list|export NAME FILE|import FILE... [--json]
                   List, export or import order templates (as order files).
  export ORDER.json|--journal-id N --format terraform|ros [--output FILE]
                   Write an order, or a bought instance, as a Terraform configuration or
                   a ROS template (no credentials; standard output without --output).
Run a command with --help for its options.

Exit codes: 0 success, 2 invalid order, 3 refused by the service,
4 outcome unknown (safe to resume), 5 usage or local error,
6 instances --expiring found instances to renew.

Options:
  --lang CODE      The language of the wizard or the command, and of its dates and
                   numbers: %1. Default: the system’s.
  -h, --help       Show this help and exit.
  -v, --version    Show the version and exit.
</source>
        <translation>用法：acr-purchase [--lang 语言代码] [命令] [选项]

购买阿里云容器镜像服务企业版实例。
不带命令时，购买向导在内置沙箱上打开。

命令：
  submit ORDER.json [--endpoint sandbox|cn|intl|URL] [--signature v1|v3]
                    [--profile NAME] [--dry-run] [--yes] [--json]
                   购买订单文件所描述的实例（默认接入点：sandbox）。
  history [--json] [--state STATE] [--site cn|intl] [--search TEXT] [--limit N]
                   列出订单日志中的订单及其状态。
  resume [--json]  使用各自的 ClientToken 重新发送处于 Sending 或 Unknown 状态的
                   订单和续费请求。
  sync [--profile NAME] [--endpoint E] [--json]
                   从服务端读取账号的实例和订单。
  instances [--profile NAME] [--endpoint E] [--expiring DAYS] [--sync] [--json]
                   列出账号的实例及其到期时间和续费设置。
  renew INSTANCE_ID --period N [--profile NAME] [--endpoint E] [--yes] [--json]
                   为实例续费 N 个月（1-9、12、24、36）。
  profiles [list|add|import|check] [--json]
                   列出、添加（Secret 从标准输入读取）、导入（aliyun CLI、环境变量）或
                   检查凭证配置，包括 RAM 角色配置。
  templates list|export NAME FILE|import FILE... [--json]
                   列出、导出或导入订单模板（以订单文件形式）。
  export ORDER.json|--journal-id N --format terraform|ros [--output FILE]
                   将订单或已购买的实例写为 Terraform 配置或 ROS 模板
                   （不含凭证；不带 --output 时写到标准输出）。
使用 --help 运行某个命令可查看其选项。

退出码：0 成功，2 订单无效，3 被服务拒绝，
4 结果未知（可安全恢复），5 用法错误或本地错误，
6 instances --expiring 找到需要续费的实例。

选项：
  --lang CODE      向导或命令及其日期和数字所用的语言：
                   %1。默认：系统语言。
  -h, --help       显示此帮助并退出。
  -v, --version    显示版本并退出。
</translation>
    </message>
</context>
<context>
    <name>acrp::sandbox::PriceTable</name>
    <message>
        <source>step %1; %2 per unit and month (illustrative)</source>
        <translation>步长 %1；每单位每月 %2（示意价格）</translation>
    </message>
    <message>
        <source>Illustrative prices of the acr-purchase sandbox, not Alibaba Cloud&apos;s price list.</source>
        <translation>acr-purchase 沙箱的示意价格，并非阿里云的价目表。</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Extra namespaces</source>
        <translation>额外命名空间</translation>
    </message>
    <message>
        <source>Extra repositories</source>
        <translation>额外镜像仓库</translation>
    </message>
    <message>
        <source>VPC access control quota</source>
        <translation>VPC 访问控制配额</translation>
    </message>
    <message>
        <source>%1 per month (illustrative)</source>
        <translation>每月 %1（示意价格）</translation>
    </message>
    <message>
        <source>namespaces</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>repositories</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>VPCs</source>
        <translation>VPC</translation>
    </message>
</context>
<context>
    <name>acrp::sandbox::SandboxApi</name>
    <message>
        <source>A client token is 1 to 64 printable ASCII characters without spaces.</source>
        <translation>ClientToken 由 1 到 64 个不含空格的可打印 ASCII 字符组成。</translation>
    </message>
    <message>
        <source>Times are written yyyy-MM-ddTHH:mm:ssZ.</source>
        <translation>时间格式为 yyyy-MM-ddTHH:mm:ssZ。</translation>
    </message>
    <message>
        <source>The sandbox prices NewOrder and Renewal (not &quot;%1&quot;).</source>
        <translation>沙箱只为 NewOrder 和 Renewal 询价（不支持 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>Use Year or Month.</source>
        <translation>请使用 Year 或 Month。</translation>
    </message>
    <message>
        <source>The periods sold are %1 months.</source>
        <translation>可购买的时长为 %1 个月。</translation>
    </message>
    <message>
        <source>Quantity is a whole number from 1 to 100.</source>
        <translation>Quantity 是 1 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>The modules are %1.</source>
        <translation>可用的模块为 %1。</translation>
    </message>
    <message>
        <source>Write the configuration as %1:value.</source>
        <translation>配置请写成 %1:value 的形式。</translation>
    </message>
    <message>
        <source>The InstanceType module is required.</source>
        <translation>必须提供 InstanceType 模块。</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 is a whole number from 1 to %2.</source>
        <translation>%1 是 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>The statuses are %1.</source>
        <translation>可用的状态为 %1。</translation>
    </message>
    <message>
        <source>Use Subscription or PayAsYouGo.</source>
        <translation>请使用 Subscription 或 PayAsYouGo。</translation>
    </message>
    <message>
        <source>Use AutoRenewal, ManualRenewal or NotRenewal.</source>
        <translation>请使用 AutoRenewal、ManualRenewal 或 NotRenewal。</translation>
    </message>
    <message>
        <source>InstanceIDs is 1 to 100 instance IDs separated by commas.</source>
        <translation>InstanceIDs 是以逗号分隔的 1 到 100 个实例 ID。</translation>
    </message>
    <message>
        <source>A renewal is 1 to 9, 12, 24 or 36 months.</source>
        <translation>续费时长为 1 到 9、12、24 或 36 个月。</translation>
    </message>
</context>
<context>
    <name>acrp::sandbox::SandboxConfig</name>
    <message>
        <source>&quot;%1&quot; is not a fault; the faults are %2.</source>
        <translation>&quot;%1&quot; 不是故障类型；可用的故障类型有 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of seconds.</source>
        <translation>&quot;%1&quot; 必须是整数秒。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, 0 or more.</source>
        <translation>&quot;%1&quot; 必须是大于或等于 0 的整数。</translation>
    </message>
</context>
<context>
    <name>acrp::sandbox::SandboxError</name>
    <message>
        <source>The Authorization header must be &quot;ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...&quot;.</source>
        <translation>Authorization 请求头必须为 &quot;ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...&quot; 格式。</translation>
    </message>
    <message>
        <source>The signature algorithm %1 is not supported; use %2.</source>
        <translation>不支持签名算法 %1；请使用 %2。</translation>
    </message>
    <message>
        <source>The header %1 must be signed.</source>
        <translation>请求头 %1 必须参与签名。</translation>
    </message>
    <message>
        <source>The input parameter &quot;%1&quot; that is mandatory for processing this request is not supplied.</source>
        <translation>未提供处理此请求所必需的输入参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The specified parameter &quot;%1&quot; is not valid.</source>
        <translation>指定的参数 &quot;%1&quot; 无效。</translation>
    </message>
    <message>
        <source>Specified api is not found, please check your url and method.</source>
        <translation>找不到指定的 API，请检查 URL 和请求方法。</translation>
    </message>
    <message>
        <source>Specified parameter Version is not valid.</source>
        <translation>指定的参数 Version 无效。</translation>
    </message>
    <message>
        <source>Specified access key is not found.</source>
        <translation>找不到指定的 AccessKey。</translation>
    </message>
    <message>
        <source>Specified SecurityToken mismatch with the AccessKey.</source>
        <translation>指定的 SecurityToken 与 AccessKey 不匹配。</translation>
    </message>
    <message>
        <source>The request signature does not conform to Aliyun standards.</source>
        <translation>请求签名不符合阿里云规范。</translation>
    </message>
    <message>
        <source>Specified signature is not matched with our calculation. server string to sign is:%1</source>
        <translation>指定的签名与服务端计算结果不匹配。服务端的待签名字符串为：%1</translation>
    </message>
    <message>
        <source>Specified time stamp or date value is not well formatted (%1).</source>
        <translation>指定的时间戳或日期值格式不正确（%1）。</translation>
    </message>
    <message>
        <source>Specified time stamp or date value is expired. Received %1, the server time is %2.</source>
        <translation>指定的时间戳或日期值已过期。收到的值为 %1，服务端时间为 %2。</translation>
    </message>
    <message>
        <source>Specified signature nonce was used already.</source>
        <translation>指定的 SignatureNonce 已被使用过。</translation>
    </message>
    <message>
        <source>The request has failed due to a temporary failure of the server.</source>
        <translation>由于服务端临时故障，请求失败。</translation>
    </message>
    <message>
        <source>Request was denied due to user flow control.</source>
        <translation>请求因用户流控被拒绝。</translation>
    </message>
    <message>
        <source>This API is not applicable for caller.</source>
        <translation>此 API 不适用于调用者。</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of the component InstanceType is not sold for the product type %2.</source>
        <translation>产品类型 %2 不销售组件 InstanceType 的取值 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>An instance named &quot;%1&quot; already exists in the region %2.</source>
        <translation>地域 %2 中已存在名为“%1”的实例。</translation>
    </message>
    <message>
        <source>Your account does not have enough balance.</source>
        <translation>您的账号余额不足。</translation>
    </message>
    <message>
        <source>The request uses the same client token as a previous, but non-identical request. Do not reuse a client token with different requests, unless the requests are identical.</source>
        <translation>此请求与之前一个不同的请求使用了相同的 ClientToken。除非请求完全相同，否则不要在不同的请求中重复使用 ClientToken。</translation>
    </message>
    <message>
        <source>The order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>The instance %1 does not exist.</source>
        <translation>实例 %1 不存在。</translation>
    </message>
    <message>
        <source>The instance %1 cannot be renewed while its status is %2.</source>
        <translation>实例 %1 的状态为 %2，此时无法续费。</translation>
    </message>
    <message>
        <source>SecurityToken is mandatory for this action.</source>
        <translation>此操作必须提供 SecurityToken。</translation>
    </message>
    <message>
        <source>Specified SecurityToken is expired.</source>
        <translation>指定的 SecurityToken 已过期。</translation>
    </message>
    <message>
        <source>Roles may not be assumed by root accounts.</source>
        <translation>阿里云账号（主账号）不能扮演角色。</translation>
    </message>
    <message>
        <source>You are not authorized to do this action. You should be authorized by RAM.</source>
        <translation>您无权执行此操作，需要通过 RAM 授权。</translation>
    </message>
    <message>
        <source>You are not authorized to do this action. The ExternalId does not match the trust policy of the role.</source>
        <translation>您无权执行此操作：ExternalId 与角色的信任策略不符。</translation>
    </message>
    <message>
        <source>The role not exists: %1.</source>
        <translation>角色不存在：%1。</translation>
    </message>
    <message>
        <source>The parameter %1 is wrongly formed.</source>
        <translation>参数 %1 格式错误。</translation>
    </message>
    <message>
        <source>The Min/Max value of DurationSeconds is 15min/%1s.</source>
        <translation>DurationSeconds 的取值范围（最小/最大）为 15min/%1s。</translation>
    </message>
</context>
<context>
    <name>acrp::sandbox::SandboxInstances</name>
    <message>
        <source>“%1” is not a field of an instance; the fields are %2.</source>
        <translation>“%1”不是实例的字段；可用的字段为 %2。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>“%1” must be a non-empty string.</source>
        <translation>“%1”必须是非空字符串。</translation>
    </message>
    <message>
        <source>“accessKeyId”: the sandbox has no account with the AccessKey ID %1.</source>
        <translation>“accessKeyId”：沙箱中没有 AccessKey ID 为 %1 的账号。</translation>
    </message>
    <message>
        <source>“instanceId” is “cri-” and 4 to 36 lowercase letters and digits, not “%1”.</source>
        <translation>“instanceId”应为“cri-”加 4 到 36 个小写字母和数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>“%1” is a UTC time written yyyy-MM-ddTHH:mm:ssZ, not “%2”.</source>
        <translation>“%1”应为 yyyy-MM-ddTHH:mm:ssZ 格式的 UTC 时间，而不是“%2”。</translation>
    </message>
    <message>
        <source>Give either “endTime” or “endsInDays”, not both and not neither.</source>
        <translation>请提供“endTime”或“endsInDays”二者之一，不能都提供，也不能都不提供。</translation>
    </message>
    <message>
        <source>“endsInDays” is a number of days from -36500 to 36500.</source>
        <translation>“endsInDays”是 -36500 到 36500 之间的天数。</translation>
    </message>
    <message>
        <source>“createTime” must be before the end time.</source>
        <translation>“createTime”必须早于到期时间。</translation>
    </message>
    <message>
        <source>“renewStatus” is AutoRenewal, ManualRenewal or NotRenewal, not “%1”.</source>
        <translation>“renewStatus”应为 AutoRenewal、ManualRenewal 或 NotRenewal，而不是“%1”。</translation>
    </message>
    <message>
        <source>“renewalDuration” is a whole number from 1 to 36.</source>
        <translation>“renewalDuration”是 1 到 36 之间的整数。</translation>
    </message>
    <message>
        <source>“renewalDurationUnit” is M (months) or Y (years), not “%1”.</source>
        <translation>“renewalDurationUnit”应为 M（月）或 Y（年），而不是“%1”。</translation>
    </message>
    <message>
        <source>“instanceIssue” is at most 128 printable ASCII characters.</source>
        <translation>“instanceIssue”最多 128 个可打印 ASCII 字符。</translation>
    </message>
    <message>
        <source>“order.%1” is not a field of an order; the fields are amount and orderId.</source>
        <translation>“order.%1”不是订单的字段；可用的字段为 amount 和 orderId。</translation>
    </message>
    <message>
        <source>“order” is an object with “amount”, such as {“amount”: “8000.00”}; the amount has digits and at most two decimals.</source>
        <translation>“order”是包含“amount”的对象，例如 {“amount”: “8000.00”}；金额为数字，最多两位小数。</translation>
    </message>
    <message>
        <source>“order.orderId” is 1 to 20 digits.</source>
        <translation>“order.orderId”为 1 到 20 位数字。</translation>
    </message>
    <message>
        <source>The instances must be a JSON array of objects, such as [{“accessKeyId”: …, “name”: …}].</source>
        <translation>实例必须是由对象组成的 JSON 数组，例如 [{“accessKeyId”: …, “name”: …}]。</translation>
    </message>
    <message>
        <source>Instance %1 is not a JSON object.</source>
        <translation>实例 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Instance %1: %2</source>
        <translation>实例 %1：%2</translation>
    </message>
</context>
<context>
    <name>acrp::sandbox::SandboxLedger</name>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation>无法读取状态文件 %1：%2</translation>
    </message>
    <message>
        <source>The state file %1 is not usable: %2</source>
        <translation>状态文件 %1 不可用：%2</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>它不是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>&quot;format&quot; 必须为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>the balance of %1 is not an amount (&quot;%2&quot;).</source>
        <translation>%1 的余额不是有效金额（&quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>%1 lacks orderId, instanceId, accessKeyId, price or created.</source>
        <translation>%1 缺少 orderId、instanceId、accessKeyId、price 或 created。</translation>
    </message>
    <message>
        <source>Cannot write the state file %1: %2</source>
        <translation>无法写入状态文件 %1：%2</translation>
    </message>
    <message>
        <source>Another process has held the lock on the state file %1 for more than %2 seconds.</source>
        <translation>另一个进程持有状态文件 %1 的锁已超过 %2 秒。</translation>
    </message>
    <message>
        <source>The sandbox has no account with the AccessKey ID %1.</source>
        <translation>沙箱中没有 AccessKey ID 为 %1 的账号。</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>金额必须大于 0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Use digits with at most two decimals, such as 5000.00.</source>
        <translation>“%1”不是金额。请使用最多两位小数的数字，例如 5000.00。</translation>
    </message>
    <message>
        <source>The amount can be at most %1.</source>
        <translation>金额最多为 %1。</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 or %1.</source>
        <translation>&quot;version&quot; 必须为 1 或 %1。</translation>
    </message>
    <message>
        <source>%1 lacks instanceId, accessKeyId, created, endTime or renewStatus.</source>
        <translation>%1 缺少 instanceId、accessKeyId、created、endTime 或 renewStatus。</translation>
    </message>
    <message>
        <source>%1 has a type other than New or Renew, or lacks its usage times or renewMonths.</source>
        <translation>%1 的类型不是 New 或 Renew，或者缺少使用时间或 renewMonths。</translation>
    </message>
    <message>
        <source>Instance %1: %2</source>
        <translation>实例 %1：%2</translation>
    </message>
    <message>
        <source>the instance ID %1 is taken.</source>
        <translation>实例 ID %1 已被占用。</translation>
    </message>
    <message>
        <source>the account already has an instance named “%1” in %2.</source>
        <translation>该账号在 %2 中已有名为“%1”的实例。</translation>
    </message>
    <message>
        <source>the order ID %1 is taken.</source>
        <translation>订单 ID %1 已被占用。</translation>
    </message>
</context>
<context>
    <name>acrp::sandbox::SandboxServer</name>
    <message>
        <source>The balance &quot;%1&quot; is not an amount such as 10000.00.</source>
        <translation>余额 &quot;%1&quot; 不是有效金额（例如 10000.00）。</translation>
    </message>
    <message>
        <source>The provisioning time must be 0 seconds or more.</source>
        <translation>开通时间必须大于或等于 0 秒。</translation>
    </message>
    <message>
        <source>The sandbox is already listening on port %1.</source>
        <translation>沙箱已在端口 %1 上监听。</translation>
    </message>
    <message>
        <source>Admin routes are loopback-only.</source>
        <translation>管理路由只能通过本机回环地址访问。</translation>
    </message>
    <message>
        <source>The body must be a JSON object such as {&quot;failNextUnavailable&quot;: 2}.</source>
        <translation>请求体必须是 JSON 对象，例如 {&quot;failNextUnavailable&quot;: 2}。</translation>
    </message>
    <message>
        <source>The clock offset can be at most %1 days either way.</source>
        <translation>时钟偏移量最多为向前或向后 %1 天。</translation>
    </message>
    <message>
        <source>The instances file %1 is not usable: %2</source>
        <translation>实例文件 %1 不可用：%2</translation>
    </message>
    <message>
        <source>The body must be JSON: one instance or an array of them.</source>
        <translation>请求体必须是 JSON：一个实例或实例数组。</translation>
    </message>
    <message>
        <source>The body must be {“offsetDays”: N} with a whole number N.</source>
        <translation>请求体必须为 {“offsetDays”: N}，其中 N 为整数。</translation>
    </message>
    <message>
        <source>Use GET, or POST for /__admin/faults, /__admin/instances, /__admin/clock and /__admin/sts/expire.</source>
        <translation>请使用 GET；/__admin/faults、/__admin/instances、/__admin/clock 和 /__admin/sts/expire 还可以使用 POST。</translation>
    </message>
    <message>
        <source>The lifetime of temporary credentials must be 1 second or more (0: no limit).</source>
        <translation>临时凭证的有效期必须大于或等于 1 秒（0 表示不限制）。</translation>
    </message>
    <message>
        <source>Unknown admin route; there are /__admin/faults, /__admin/orders, /__admin/balances, /__admin/instances, /__admin/clock and /__admin/sts.</source>
        <translation>未知的管理路由；可用的有 /__admin/faults、/__admin/orders、/__admin/balances、/__admin/instances、/__admin/clock 和 /__admin/sts。</translation>
    </message>
</context>
<context>
    <name>acrp::sandbox::main</name>
    <message>
        <source>acr-bss-sandbox: --%1 needs a whole number from %2, not &quot;%3&quot;.</source>
        <translation>acr-bss-sandbox: --%1 需要一个不小于 %2 的整数，而不是 &quot;%3&quot;。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks a free one (default).</source>
        <translation>127.0.0.1 上的端口；0 表示自动选择空闲端口（默认）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep orders and balances in FILE across restarts (default: in memory only).</source>
        <translation>将订单和余额保存在 FILE 中，重启后仍保留（默认：仅保存在内存中）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>Currency of the accounts (default CNY).</source>
        <translation>账号的币种（默认 CNY）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Seconds a new instance takes from PENDING through STARTING to RUNNING (default 6).</source>
        <translation>新实例从 PENDING 经 STARTING 到 RUNNING 所需的秒数（默认 6）。</translation>
    </message>
    <message>
        <source>Delay every API answer by N milliseconds.</source>
        <translation>将每个 API 响应延迟 N 毫秒。</translation>
    </message>
    <message>
        <source>The next N API requests fail with ServiceUnavailable (503).</source>
        <translation>接下来的 N 个 API 请求以 ServiceUnavailable（503）失败。</translation>
    </message>
    <message>
        <source>The next N API requests fail with Throttling.User.</source>
        <translation>接下来的 N 个 API 请求以 Throttling.User 失败。</translation>
    </message>
    <message>
        <source>CreateInstance records the order, then answers only after N milliseconds.</source>
        <translation>CreateInstance 记录订单后，等待 N 毫秒才响应。</translation>
    </message>
    <message>
        <source>Close the connection of the next N API requests without an answer.</source>
        <translation>对接下来的 N 个 API 请求不作响应，直接关闭连接。</translation>
    </message>
    <message>
        <source>Answer the next N API requests with a body that is not JSON.</source>
        <translation>对接下来的 N 个 API 请求返回非 JSON 的响应体。</translation>
    </message>
    <message>
        <source>Answer the next N API requests with a body of 8 MiB.</source>
        <translation>对接下来的 N 个 API 请求返回 8 MiB 的响应体。</translation>
    </message>
    <message>
        <source>Run the server&apos;s clock N seconds ahead (negative: behind).</source>
        <translation>将服务端时钟调快 N 秒（负数表示调慢）。</translation>
    </message>
    <message>
        <source>acr-bss-sandbox: unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>acr-bss-sandbox: 意外的参数 &quot;%1&quot;；请参阅 --help。</translation>
    </message>
    <message>
        <source>acr-bss-sandbox: cannot start: %1</source>
        <translation>acr-bss-sandbox: 无法启动：%1</translation>
    </message>
    <message>
        <source>Starting balance of every account (default %1).</source>
        <translation>每个账号的初始余额（默认 %1）。</translation>
    </message>
    <message>
        <source>Run the business clock (creation, expiry, the release 7 days after expiry) N days ahead (negative: behind); signatures are still checked against the real time.</source>
        <translation>将业务时钟（创建、到期以及到期 7 天后的释放）调快 N 天（负数表示调慢）；签名仍按真实时间校验。</translation>
    </message>
    <message>
        <source>Add the instances “bought elsewhere” listed in FILE, a JSON array of objects with accessKeyId, name, edition, region, endTime or endsInDays, and optionally instanceId, createTime, renewStatus, renewalDuration, renewalDurationUnit, instanceIssue and order {amount, orderId}. Instances already seeded are kept.</source>
        <translation>添加 FILE 中列出的“通过其他途径购买”的实例。FILE 是 JSON 对象数组，每个对象包含 accessKeyId、name、edition、region、endTime 或 endsInDays，并可选包含 instanceId、createTime、renewStatus、renewalDuration、renewalDurationUnit、instanceIssue 和 order {amount, orderId}。已添加过的实例会保留。</translation>
    </message>
    <message>
        <source>A local stand-in for Alibaba Cloud&apos;s BSS API (2017-12-14), ACR&apos;s GetInstance and ListInstance (2018-12-01) and STS&apos;s AssumeRole and GetCallerIdentity (2015-04-01), on 127.0.0.1 only. It never charges anything: prices are illustrative.
Demo AccessKeys: SandboxDemoKeyCN (China site) and SandboxDemoKeyIntl (International site), and the RAM user keys SandboxRamUserKeyCN and SandboxRamUserKeyIntl that assume the demo roles; see the README for their secrets.
Prints one line &quot;listening on http://127.0.0.1:PORT&quot; on stdout, then serves until SIGINT or SIGTERM.
Faults can also be changed while it runs: POST /__admin/faults with a JSON object such as {&quot;failNextUnavailable&quot;: 2}; GET /__admin/orders lists what was bought.
Instances bought elsewhere: POST /__admin/instances with one instance or an array (as in --seed-instances); GET /__admin/instances lists every instance. The business clock: POST /__admin/clock with {&quot;offsetDays&quot;: N}; GET /__admin/clock shows it. Temporary credentials: GET /__admin/sts lists them, POST /__admin/sts/expire expires them all.</source>
        <translation>阿里云 BSS API（2017-12-14）、容器镜像服务 GetInstance 和 ListInstance（2018-12-01）以及 STS 的 AssumeRole 和 GetCallerIdentity（2015-04-01）的本地替身，仅监听 127.0.0.1。它从不收取任何费用：价格仅为示意。
演示 AccessKey：SandboxDemoKeyCN（中国站）和 SandboxDemoKeyIntl（国际站），以及用于扮演演示角色的 RAM 用户密钥 SandboxRamUserKeyCN 和 SandboxRamUserKeyIntl；其 Secret 见 README。
启动后在 stdout 输出一行 &quot;listening on http://127.0.0.1:PORT&quot;，然后持续提供服务，直到收到 SIGINT 或 SIGTERM。
运行期间也可以更改故障：向 /__admin/faults 发送 POST 请求，请求体为 JSON 对象，例如 {&quot;failNextUnavailable&quot;: 2}；GET /__admin/orders 列出已购买的内容。
通过其他途径购买的实例：向 /__admin/instances 发送 POST 请求，请求体为一个实例或实例数组（格式同 --seed-instances）；GET /__admin/instances 列出所有实例。业务时钟：向 /__admin/clock 发送 POST 请求，请求体为 {&quot;offsetDays&quot;: N}；GET /__admin/clock 显示当前偏移。临时凭证：GET /__admin/sts 列出临时凭证，POST /__admin/sts/expire 使其全部过期。</translation>
    </message>
    <message>
        <source>Temporary credentials from AssumeRole expire after at most N seconds, whatever DurationSeconds asked for (default: DurationSeconds alone).</source>
        <translation>AssumeRole 颁发的临时凭证最多 N 秒后过期，无论 DurationSeconds 请求的时长是多少（默认：仅由 DurationSeconds 决定）。</translation>
    </message>
</context>
<context>
    <name>acrp::ui</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>内置沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>The order journal could not be opened: %1</source>
        <translation>无法打开订单日志：%1</translation>
    </message>
    <message>
        <source>UI language for this run (en, zh_CN).</source>
        <translation>本次运行的界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>Open the window, then quit (for packaging checks).</source>
        <translation>打开窗口后立即退出（用于打包检查）。</translation>
    </message>
    <message>
        <source>Open the window, open the order journal and build every page, then quit (for benchmarks).</source>
        <translation>打开窗口、打开订单日志并构建所有页面，然后退出（用于基准测试）。</translation>
    </message>
</context>
<context>
    <name>acrp::ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Choose who pays and where the order is sent. The sandbox is free: nothing is bought.</source>
        <translation>选择付款账号和订单的发送目标。沙箱免费：不会真正购买任何资源。</translation>
    </message>
    <message>
        <source>Sandbox: no real purchase. Orders go to the built-in simulator and cost nothing.</source>
        <translation>沙箱：不会真实购买。订单发送到内置模拟器，不产生任何费用。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>Endpoint &amp;address:</source>
        <translation>接入点地址(&amp;A)：</translation>
    </message>
    <message>
        <source>https://… or http://127.0.0.1:PORT</source>
        <translation>https://… 或 http://127.0.0.1:PORT</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>自定义接入点 URL</translation>
    </message>
    <message>
        <source>%1 (built-in, demo key)</source>
        <translation>%1（内置，演示密钥）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Sandbox (no real purchase)</source>
        <translation>沙箱（不真实购买）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Requests go to %1. ProductType: %2.</source>
        <translation>请求将发送到%1。ProductType：%2。</translation>
    </message>
    <message>
        <source>Mana&amp;ge profiles…</source>
        <translation>管理配置(&amp;G)…</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>站点(&amp;I)：</translation>
    </message>
    <message>
        <source>Enter the endpoint’s URL.</source>
        <translation>请输入接入点的 URL。</translation>
    </message>
    <message>
        <source>Choose a profile, or add one with “Manage profiles”.</source>
        <translation>请选择一个配置，或通过“管理配置”添加。</translation>
    </message>
</context>
<context>
    <name>acrp::ui::BillingPage</name>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>How long the subscription runs and whether it renews by itself.</source>
        <translation>包年包月的购买时长，以及到期后是否自动续费。</translation>
    </message>
    <message>
        <source>Subscription &amp;period:</source>
        <translation>购买时长(&amp;P)：</translation>
    </message>
    <message>
        <source>Renew &amp;automatically when the period ends</source>
        <translation>到期后自动续费(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Renew for:</source>
        <translation>续费时长(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a renewal period</source>
        <translation>请选择续费时长</translation>
    </message>
</context>
<context>
    <name>acrp::ui::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>acrp::ui::DocumentationDialog</name>
    <message>
        <source>The documentation is missing from this build of the program.</source>
        <translation>此版本的程序未包含文档。</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>章节内容</translation>
    </message>
    <message>
        <source>The documentation is in English.</source>
        <translation>文档仅提供英文版。</translation>
    </message>
</context>
<context>
    <name>acrp::ui::ExpiryNoticeBar</name>
    <message numerus="yes">
        <source>%n ACR instance(s) expired or about to expire</source>
        <translation>
            <numerusform>%n 个 ACR 实例已到期或即将到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ACR instance(s) about to expire</source>
        <translation>
            <numerusform>%n 个 ACR 实例即将到期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Show &amp;instances</source>
        <translation>查看实例(&amp;I)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>忽略(&amp;M)</translation>
    </message>
    <message>
        <source>Expiry notice</source>
        <translation>到期提醒</translation>
    </message>
</context>
<context>
    <name>acrp::ui::ExportCodeDialog</name>
    <message>
        <source>Name the file to write.</source>
        <translation>请指定要写入的文件。</translation>
    </message>
    <message>
        <source>Terraform configuration written to %1.</source>
        <translation>Terraform 配置已写入 %1。</translation>
    </message>
    <message>
        <source>ROS template written to %1.</source>
        <translation>ROS 模板已写入 %1。</translation>
    </message>
    <message>
        <source>Its import block adopts %1, bought already: terraform plan shows “1 to import, 0 to add”.</source>
        <translation>其 import 块会纳管已购买的 %1：terraform plan 显示“1 to import, 0 to add”。</translation>
    </message>
    <message>
        <source>%1 was bought already: create the stack from existing resources to adopt it.</source>
        <translation>%1 已购买：请使用现有资源创建资源栈以纳管它。</translation>
    </message>
    <message>
        <source>Export as code</source>
        <translation>导出为代码</translation>
    </message>
    <message>
        <source>Terraform files (*.tf)</source>
        <translation>Terraform 文件 (*.tf)</translation>
    </message>
    <message>
        <source>ROS templates (*.json)</source>
        <translation>ROS 模板 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Terraform (alicloud provider)</source>
        <translation>Terraform（alicloud provider）</translation>
    </message>
    <message>
        <source>ROS template (JSON)</source>
        <translation>ROS 模板（JSON）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Write the file. No credentials are written.</source>
        <translation>写入文件。不会写入任何凭证。</translation>
    </message>
</context>
<context>
    <name>acrp::ui::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <source>%1 (renewal)</source>
        <translation>%1（续费）</translation>
    </message>
    <message>
        <source>Renewal of %1 for %2</source>
        <translation>为 %1 续费 %2</translation>
    </message>
</context>
<context>
    <name>acrp::ui::HistoryWindow</name>
    <message>
        <source>Order history</source>
        <translation>订单历史</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>站点(&amp;I)：</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>Name, region, profile or an ID</source>
        <translation>名称、地域、配置或某个 ID</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>按站点筛选</translation>
    </message>
    <message>
        <source>Search the orders</source>
        <translation>搜索订单</translation>
    </message>
    <message>
        <source>Instance name, region, edition, profile, InstanceId, OrderId, RequestId or ClientToken</source>
        <translation>实例名称、地域、实例规格、配置、InstanceId、OrderId、RequestId 或 ClientToken</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>订单详情</translation>
    </message>
    <message>
        <source>&amp;Refresh status</source>
        <translation>刷新状态(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the service for the payment and the instance&apos;s provisioning status</source>
        <translation>向服务查询付款情况和实例的开通状态</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <source>Send the unfinished order again with its own client token: it cannot buy twice</source>
        <translation>使用其自身的 ClientToken 重新发送未完成的订单：不会重复购买</translation>
    </message>
    <message>
        <source>Order &amp;again</source>
        <translation>再次下单(&amp;A)</translation>
    </message>
    <message>
        <source>Open the wizard with this order filled in (a new purchase)</source>
        <translation>打开已填好此订单的向导（一次新的购买）</translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the InstanceId, OrderId, RequestId and ClientToken</source>
        <translation>复制 InstanceId、OrderId、RequestId 和 ClientToken</translation>
    </message>
    <message>
        <source>Only the &amp;filtered orders</source>
        <translation>仅导出筛选出的订单(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Unfinished (Sending or Unknown)</source>
        <translation>未完成（Sending 或 Unknown）</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有站点</translation>
    </message>
    <message>
        <source>No journal</source>
        <translation>无订单日志</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>选择一个订单以查看其详情。</translation>
    </message>
    <message>
        <source>The order journal is not available: there is no history to show.</source>
        <translation>订单日志不可用：没有可显示的历史。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Client token</source>
        <translation>客户端令牌</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>开通</translation>
    </message>
    <message>
        <source>not known yet: refresh the status</source>
        <translation>尚不清楚：请刷新状态</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>（代码 %1）</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>The status cannot be asked: %1</source>
        <translation>无法查询状态：%1</translation>
    </message>
    <message>
        <source>Asking %1 for the status…</source>
        <translation>正在向 %1 查询状态…</translation>
    </message>
    <message>
        <source>The status could not be read: %1</source>
        <translation>无法读取状态：%1</translation>
    </message>
    <message>
        <source>Paid and running: the instance is ready to use.</source>
        <translation>已支付并运行中：实例已可使用。</translation>
    </message>
    <message>
        <source>Paid; the instance is %1. This can take a few minutes.</source>
        <translation>已支付；实例状态为 %1。这可能需要几分钟。</translation>
    </message>
    <message>
        <source>Reported issue: %1</source>
        <translation>报告的问题：%1</translation>
    </message>
    <message>
        <source>Copied the IDs of “%1”.</source>
        <translation>已复制“%1”的 ID。</translation>
    </message>
    <message>
        <source>Export the order history</source>
        <translation>导出订单历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The order journal is not available: there is nothing to export.</source>
        <translation>订单日志不可用：没有可导出的内容。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>（截至 %1）</translation>
    </message>
    <message>
        <source>The status cannot be asked: the order journal is not available.</source>
        <translation>无法查询状态：订单日志不可用。</translation>
    </message>
    <message>
        <source>The provisioning status has never been read.</source>
        <translation>尚未读取过开通状态。</translation>
    </message>
    <message>
        <source>The provisioning status shown (%1) is from an earlier reading.</source>
        <translation>显示的开通状态（%1）来自较早的一次读取。</translation>
    </message>
    <message>
        <source>The provisioning status shown (%1) is as of %2.</source>
        <translation>显示的开通状态（%1）截至 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个订单导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Ca&amp;ncel export</source>
        <translation>取消导出(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the export (Esc): the file is not written</source>
        <translation>停止导出（Esc）：不会写入文件</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) written</source>
        <translation>
            <numerusform>已写入 %1 / %Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>导出已取消；未写入 %1。</translation>
    </message>
    <message>
        <source>Could not export the orders: %1</source>
        <translation>无法导出订单：%1</translation>
    </message>
    <message>
        <source>I&amp;nstances…</source>
        <translation>实例(&amp;N)…</translation>
    </message>
    <message>
        <source>What the account owns: every instance, its end date and renewal, and Sync now</source>
        <translation>账号拥有的资源：所有实例及其到期时间和续费设置，以及“立即同步”</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Renewed for</source>
        <translation>续费时长</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Export as co&amp;de…</source>
        <translation>导出为代码(&amp;D)…</translation>
    </message>
    <message>
        <source>Write this order as Terraform or a ROS template; a bought instance is adopted, not bought again</source>
        <translation>将此订单写为 Terraform 或 ROS 模板；已购买的实例会被纳管，而不会再次购买</translation>
    </message>
</context>
<context>
    <name>acrp::ui::InstancePage</name>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Choose the edition, a name and the region of the registry instance.</source>
        <translation>选择容器镜像服务企业版实例的规格、名称和地域。</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>实例规格(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>实例名称(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. team-registry</source>
        <translation>例如 team-registry</translation>
    </message>
    <message>
        <source>Type to filter regions by name or id</source>
        <translation>输入名称或 ID 筛选地域</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
</context>
<context>
    <name>acrp::ui::InstancesModel</name>
    <message>
        <source>%1 (ACR: %2)</source>
        <translation>%1（ACR：%2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动续费</translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation>到期不续费</translation>
    </message>
    <message>
        <source>Bought here</source>
        <translation>通过本程序购买</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>通过其他途径购买</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买途径</translation>
    </message>
    <message numerus="yes">
        <source>released in %n day(s)</source>
        <translation>
            <numerusform>%n 天后释放</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto, %1</source>
        <translation>自动，%1</translation>
    </message>
    <message>
        <source>here</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>其他途径</translation>
    </message>
</context>
<context>
    <name>acrp::ui::InstancesWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账号(&amp;C)：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Read the account’s instances and orders from the service</source>
        <translation>从服务端读取账号的实例和订单</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>到期状态(&amp;X)：</translation>
    </message>
    <message>
        <source>Filter by expiry</source>
        <translation>按到期状态筛选</translation>
    </message>
    <message>
        <source>&amp;Bought:</source>
        <translation>购买途径(&amp;B)：</translation>
    </message>
    <message>
        <source>Filter by where it was bought</source>
        <translation>按购买途径筛选</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>Name, region, edition or an ID</source>
        <translation>名称、地域、实例规格或某个 ID</translation>
    </message>
    <message>
        <source>Search the instances</source>
        <translation>搜索实例</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>实例(&amp;I)：</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>实例详情</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>续费(&amp;R)…</translation>
    </message>
    <message>
        <source>Renew the selected instance (Enter)</source>
        <translation>为所选实例续费（Enter）</translation>
    </message>
    <message>
        <source>Copy I&amp;Ds</source>
        <translation>复制 ID(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the instance ID and the IDs of the orders that touched it</source>
        <translation>复制实例 ID 及与其相关的订单 ID</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Expiring or expired</source>
        <translation>即将到期或已到期</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired or released</source>
        <translation>已到期或已释放</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The order journal is not available: nothing can be synced.</source>
        <translation>订单日志不可用：无法同步。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n instance(s)</source>
        <translation>
            <numerusform>%1 / %n 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Change renewal settings in the console</source>
        <translation>在控制台中修改续费设置</translation>
    </message>
    <message>
        <source>The order journal is not available: there are no instances to show.</source>
        <translation>订单日志不可用：没有可显示的实例。</translation>
    </message>
    <message>
        <source>No instances are known for this account yet. Sync now reads them from the service.</source>
        <translation>此账号暂无已知实例。“立即同步”会从服务端读取。</translation>
    </message>
    <message>
        <source>Select an instance to see its details and the orders that touched it.</source>
        <translation>选择一个实例以查看其详情及相关订单。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期情况</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买途径</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取时间</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Orders that touched it</source>
        <translation>相关订单</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>暂无已知订单。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>下单途径</translation>
    </message>
    <message>
        <source>here (%1)</source>
        <translation>本程序（%1）</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>其他途径</translation>
    </message>
    <message>
        <source>Synced, but some details could not be read: %1</source>
        <translation>已同步，但部分详情无法读取：%1</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>acrp::ui::MainWindow</name>
    <message>
        <source>About ACR Purchase</source>
        <translation>关于 ACR 企业版购买</translation>
    </message>
    <message>
        <source>ACR Purchase %1</source>
        <translation>ACR 企业版购买 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>新建订单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>凭证配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ACR Purchase</source>
        <translation>关于 ACR 企业版购买(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) did not finish: the outcome is unknown and it is safe to resume. Newest: %1 in %2, client token %3.</source>
        <translation>
            <numerusform>有 %n 个订单未完成：结果未知，可以安全地恢复。最新的一个：实例“%1”（%2），ClientToken 为 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Order files (*.json);;All files (*)</source>
        <translation>订单文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New order from &amp;template…</source>
        <translation>从模板新建订单(&amp;T)…</translation>
    </message>
    <message>
        <source>Save order as te&amp;mplate…</source>
        <translation>将订单另存为模板(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import templates…</source>
        <translation>导入模板(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>订单历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Request si&amp;gnature</source>
        <translation>请求签名(&amp;G)</translation>
    </message>
    <message>
        <source>V&amp;1 (HMAC-SHA1)</source>
        <translation>V1 (HMAC-SHA1)(&amp;1)</translation>
    </message>
    <message>
        <source>V&amp;3 (ACS3-HMAC-SHA256)</source>
        <translation>V3 (ACS3-HMAC-SHA256)(&amp;3)</translation>
    </message>
    <message>
        <source>The order is being sent. If you stop waiting, it may still go through: it stays in the order history and is offered for resume with the same client token.</source>
        <translation>订单正在发送。如果停止等待，订单仍可能成功：它会保留在订单历史中，并提供以同一 ClientToken 恢复。</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>继续等待(&amp;K)</translation>
    </message>
    <message>
        <source>Discard this order? What you entered is lost; nothing was sent.</source>
        <translation>放弃此订单？已输入的内容将丢失；没有发送任何请求。</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>The order is being sent. Close anyway? It may still go through: it stays in the order history and is offered for resume when acr-purchase starts.</source>
        <translation>订单正在发送。仍要关闭吗？订单仍可能成功：它会保留在订单历史中，acr-purchase 启动时会提供恢复。</translation>
    </message>
    <message>
        <source>Stop waiting and c&amp;lose</source>
        <translation>停止等待并关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Discard this order and close? What you entered is lost; nothing was sent.</source>
        <translation>放弃此订单并关闭？已输入的内容将丢失；没有发送任何请求。</translation>
    </message>
    <message>
        <source>Discard and c&amp;lose</source>
        <translation>放弃并关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Buys Alibaba Cloud Container Registry Enterprise Edition instances. Secrets stay in the system keychain; every order keeps one client token so it is never bought twice.</source>
        <translation>购买阿里云容器镜像服务企业版实例。Secret 只保存在系统钥匙串中；每个订单始终使用同一个客户端令牌，因此绝不会重复购买。</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（构建时使用 Qt %2）</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>Sto&amp;p waiting</source>
        <translation>停止等待(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Expiry warnings</source>
        <translation>到期提醒(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>Warn %n day(s) ahead</source>
        <translation>
            <numerusform>提前 %n 天提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Desktop notifications</source>
        <translation>桌面通知(&amp;D)</translation>
    </message>
</context>
<context>
    <name>acrp::ui::OrderText</name>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>OSS bucket</source>
        <translation>OSS Bucket</translation>
    </message>
    <message>
        <source>default bucket</source>
        <translation>默认 Bucket</translation>
    </message>
    <message>
        <source>Image scanner</source>
        <translation>镜像扫描引擎</translation>
    </message>
    <message>
        <source>Extra namespaces</source>
        <translation>额外命名空间</translation>
    </message>
    <message>
        <source>Extra repositories</source>
        <translation>额外镜像仓库</translation>
    </message>
    <message>
        <source>VPC quota</source>
        <translation>VPC 配额</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>automatic, every %1</source>
        <translation>自动续费，每次 %1</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动续费</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>结果未知</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrp::ui::ProfilesDialog</name>
    <message>
        <source>&amp;Profiles:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Import from a&amp;liyun CLI</source>
        <translation>从 aliyun CLI 导入(&amp;L)</translation>
    </message>
    <message>
        <source>Import from en&amp;vironment</source>
        <translation>从环境变量导入(&amp;V)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>AccessKey s&amp;ecret:</source>
        <translation>AccessKey Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>STS to&amp;ken:</source>
        <translation>STS 令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Default re&amp;gion:</source>
        <translation>默认地域(&amp;G)：</translation>
    </message>
    <message>
        <source>Optional, e.g. cn-shanghai</source>
        <translation>可选，例如 cn-shanghai</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>Asks the service for the account balance with this profile&apos;s saved credentials.</source>
        <translation>使用此配置已保存的凭证向服务查询账号余额。</translation>
    </message>
    <message>
        <source>S&amp;witch site</source>
        <translation>切换站点(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete profile and secret</source>
        <translation>删除配置及 Secret(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the pro&amp;file</source>
        <translation>保留配置(&amp;F)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Found (tick the ones to import):</source>
        <translation>已找到（勾选要导入的项）(&amp;F)：</translation>
    </message>
    <message>
        <source>Si&amp;te of the imported profiles:</source>
        <translation>导入配置的站点(&amp;T)：</translation>
    </message>
    <message>
        <source>Import sele&amp;cted</source>
        <translation>导入所选项(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>重试(&amp;Y)</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>仅在本次会话中保留(&amp;O)</translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS 令牌</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>Enter the AccessKey pair; the secret goes to the keychain when you save.</source>
        <translation>请输入 AccessKey ID 和 Secret；保存时 Secret 将存入钥匙串。</translation>
    </message>
    <message>
        <source>The built-in sandbox profile uses the documented demo key; it needs no keychain and cannot be changed.</source>
        <translation>内置沙箱配置使用文档中公开的演示密钥；它不需要钥匙串，且不能修改。</translation>
    </message>
    <message>
        <source>Looking for the stored secret…</source>
        <translation>正在查找已保存的 Secret…</translation>
    </message>
    <message>
        <source>A secret is kept for this session only (in memory).</source>
        <translation>Secret 仅在本次会话中保留（在内存中）。</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain.</source>
        <translation>Secret 已保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>留空则保留已保存的 Secret</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>留空则保留已保存的令牌</translation>
    </message>
    <message>
        <source>No secret stored for this profile. Enter it, then save.</source>
        <translation>此配置没有保存 Secret。请输入后保存。</translation>
    </message>
    <message>
        <source>The stored secret could not be read.</source>
        <translation>无法读取已保存的 Secret。</translation>
    </message>
    <message>
        <source>%1 (%2, %3, current)</source>
        <translation>%1（%2，%3，当前）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <translation>%1（已跳过：%2）</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>S&amp;witch to the %1</source>
        <translation>切换到%1(&amp;W)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Credential profiles</source>
        <translation>凭证配置</translation>
    </message>
    <message>
        <source>Profile “%1” now uses the %2.</source>
        <translation>配置“%1”现在使用%2。</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its secret is kept for this session only.</source>
        <translation>配置“%1”已保存；其 Secret 仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>配置“%1”已保存。</translation>
    </message>
    <message>
        <source>Remove profile “%1” and its stored secret?</source>
        <translation>要删除配置“%1”及其已保存的 Secret 吗？</translation>
    </message>
    <message>
        <source>Profile “%1” and its secret were removed.</source>
        <translation>配置“%1”及其 Secret 已删除。</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>站点(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation>找到的配置</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>R&amp;ole ARN:</source>
        <translation>角色 ARN(&amp;O)：</translation>
    </message>
    <message>
        <source>Session name:</source>
        <translation>会话名称：</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>外部 ID(&amp;X)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>会话时长(&amp;U)：</translation>
    </message>
    <message>
        <source>Optional: only if the role demands one</source>
        <translation>可选：仅当角色要求时填写</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the temporary credentials of the role last (900-43200 s); they are renewed before they expire and kept in memory only.</source>
        <translation>角色临时凭证的有效时长（900-43200 秒）；临时凭证会在过期前续期，且仅保存在内存中。</translation>
    </message>
    <message>
        <source>RAM role</source>
        <translation>RAM 角色</translation>
    </message>
</context>
<context>
    <name>acrp::ui::PurchaseWizard</name>
    <message>
        <source>Fi&amp;nish</source>
        <translation>完成(&amp;N)</translation>
    </message>
</context>
<context>
    <name>acrp::ui::QuotaPage</name>
    <message>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Capacity bought on top of what the edition includes. Leave 0 to buy none.</source>
        <translation>在实例规格所含额度之外额外购买的容量。保持为 0 表示不额外购买。</translation>
    </message>
    <message>
        <source>Extra na&amp;mespaces:</source>
        <translation>额外命名空间(&amp;M)：</translation>
    </message>
    <message>
        <source>Extra &amp;repositories:</source>
        <translation>额外镜像仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;VPC access-control quota:</source>
        <translation>VPC 访问控制配额(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>acrp::ui::RenewalPanel</name>
    <message>
        <source>Renew &amp;for:</source>
        <translation>续费时长(&amp;F)：</translation>
    </message>
    <message>
        <source>Renewal period</source>
        <translation>续费时长</translation>
    </message>
    <message>
        <source>I &amp;understand this renews the subscription and charges my account</source>
        <translation>我了解此操作将为实例续费并从我的账号扣费(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>续费(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close the renewal (Esc): nothing is sent</source>
        <translation>关闭续费（Esc）：不会发送任何内容</translation>
    </message>
    <message>
        <source>&amp;Order ID:</source>
        <translation>订单号(&amp;O)：</translation>
    </message>
    <message>
        <source>Client &amp;token:</source>
        <translation>ClientToken(&amp;T)：</translation>
    </message>
    <message>
        <source>Copy the order ID</source>
        <translation>复制订单 ID</translation>
    </message>
    <message>
        <source>Copy the client token</source>
        <translation>复制 ClientToken</translation>
    </message>
    <message>
        <source>S&amp;top waiting</source>
        <translation>停止等待(&amp;T)</translation>
    </message>
    <message>
        <source>The renewal may still go through: it stays in the order history and can be resumed with the same client token.</source>
        <translation>续费仍可能成功：它会保留在订单历史中，可以使用同一 ClientToken 恢复。</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>续费 %1</translation>
    </message>
    <message>
        <source>Renew “%1” (%2)</source>
        <translation>续费“%1”（%2）</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>接入点：%1</translation>
    </message>
    <message>
        <source>Current end: asking…</source>
        <translation>当前到期时间：正在查询…</translation>
    </message>
    <message>
        <source>New end: asking…</source>
        <translation>新到期时间：正在查询…</translation>
    </message>
    <message>
        <source>Price: asking %1…</source>
        <translation>价格：正在向 %1 询价…</translation>
    </message>
    <message>
        <source>Balance: asking…</source>
        <translation>余额：正在查询…</translation>
    </message>
    <message>
        <source>unknown (sync the account to read it)</source>
        <translation>未知（同步账号后可读取）</translation>
    </message>
    <message>
        <source>Current end: %1</source>
        <translation>当前到期时间：%1</translation>
    </message>
    <message>
        <source>New end: %1</source>
        <translation>新到期时间：%1</translation>
    </message>
    <message>
        <source>Preparing the renewal…</source>
        <translation>正在准备续费…</translation>
    </message>
    <message>
        <source>Resuming the renewal…</source>
        <translation>正在恢复续费…</translation>
    </message>
    <message>
        <source>Sending the renewal to %1…</source>
        <translation>正在将续费请求发送到 %1…</translation>
    </message>
    <message>
        <source>Journaled with client token %1 before it was sent.</source>
        <translation>发送前已连同 ClientToken %1 记入订单日志。</translation>
    </message>
    <message>
        <source>No answer yet; trying again with the same client token (attempt %1).</source>
        <translation>尚未收到响应；正在使用相同的 ClientToken 重试（第 %1 次尝试）。</translation>
    </message>
    <message>
        <source>The renewal is being sent. If you stop waiting, it may still go through: it stays in the order history and can be resumed with the same client token.</source>
        <translation>续费请求正在发送。如果停止等待，续费仍可能成功：它会保留在订单历史中，可以使用同一 ClientToken 恢复。</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>继续等待(&amp;K)</translation>
    </message>
    <message>
        <source>Sto&amp;p waiting</source>
        <translation>停止等待(&amp;P)</translation>
    </message>
    <message>
        <source>The renewal is being sent. Close anyway? It may still go through: it stays in the order history and can be resumed with the same client token.</source>
        <translation>续费请求正在发送。仍要关闭吗？续费仍可能成功：它会保留在订单历史中，可以使用同一 ClientToken 恢复。</translation>
    </message>
    <message>
        <source>Stop waiting and c&amp;lose</source>
        <translation>停止等待并关闭(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), client token %1.</source>
        <translation>
            <numerusform>共尝试 %n 次，ClientToken 为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewed and paid: the subscription now runs until %1.</source>
        <translation>已续费并支付：实例现在的到期时间为 %1。</translation>
    </message>
    <message>
        <source>Renewed and paid.</source>
        <translation>已续费并支付。</translation>
    </message>
    <message>
        <source>Stopped waiting: the renewal may still go through. It is saved and safe to resume.</source>
        <translation>已停止等待：续费仍可能成功。续费请求已保存，可以安全地恢复。</translation>
    </message>
    <message>
        <source>Outcome unknown: the renewal may or may not have been placed. It is safe to resume.</source>
        <translation>结果未知：续费可能已下单，也可能没有。可以安全地恢复。</translation>
    </message>
    <message>
        <source>Resuming sends the same client token, so the service answers with the original result and nothing is renewed twice.</source>
        <translation>恢复时会发送相同的 ClientToken，因此服务端会返回原来的结果，不会重复续费。</translation>
    </message>
    <message>
        <source>Stopped before it was sent: nothing was renewed.</source>
        <translation>在发送前已停止：未续费。</translation>
    </message>
    <message>
        <source>Rejected: payment failed. Nothing was renewed.</source>
        <translation>已拒绝：支付失败。未续费。</translation>
    </message>
    <message>
        <source>Rejected: the service did not renew the instance.</source>
        <translation>已拒绝：服务端未为实例续费。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>acrp::ui::ResultPage</name>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>实例 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Order ID:</source>
        <translation>订单号(&amp;O)：</translation>
    </message>
    <message>
        <source>Re&amp;quest ID:</source>
        <translation>请求 ID(&amp;Q)：</translation>
    </message>
    <message>
        <source>Client &amp;token:</source>
        <translation>ClientToken(&amp;T)：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Res&amp;ume now</source>
        <translation>立即恢复(&amp;U)</translation>
    </message>
    <message>
        <source>Resuming the order…</source>
        <translation>正在恢复订单…</translation>
    </message>
    <message>
        <source>Preparing the order…</source>
        <translation>正在准备订单…</translation>
    </message>
    <message>
        <source>Not sent: the credentials are not available.</source>
        <translation>未发送：凭证不可用。</translation>
    </message>
    <message>
        <source>Not sent: the order journal is not available.</source>
        <translation>未发送：订单日志不可用。</translation>
    </message>
    <message>
        <source>Sending the order to %1…</source>
        <translation>正在将订单发送到 %1…</translation>
    </message>
    <message>
        <source>No answer yet; trying again with the same client token (attempt %1).</source>
        <translation>尚未收到响应；正在使用相同的 ClientToken 重试（第 %1 次尝试）。</translation>
    </message>
    <message>
        <source>Paid. The instance is being provisioned.</source>
        <translation>已支付。实例正在开通。</translation>
    </message>
    <message numerus="yes">
        <source>The order went through after %n attempt(s).</source>
        <translation>
            <numerusform>订单经过 %n 次尝试后提交成功。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Container Registry console</source>
        <translation>打开容器镜像服务控制台</translation>
    </message>
    <message>
        <source>Provisioning: paid, waiting for the instance to start…</source>
        <translation>开通状态：已支付，正在等待实例启动…</translation>
    </message>
    <message>
        <source>Not sent: the order is not valid.</source>
        <translation>未发送：订单无效。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Outcome unknown: the order may or may not have been placed. It is safe to resume.</source>
        <translation>结果未知：订单可能已下单，也可能没有。可以安全地恢复。</translation>
    </message>
    <message>
        <source>Resuming sends the same client token, so the service answers with the original result and nothing is bought twice. The order is saved; acr-purchase offers to resume it when it starts.</source>
        <translation>恢复时会发送相同的 ClientToken，因此服务端会返回原来的结果，不会重复购买。订单已保存；acr-purchase 启动时会提示恢复该订单。</translation>
    </message>
    <message>
        <source>Rejected: the service did not accept the order.</source>
        <translation>已拒绝：服务端未接受该订单。</translation>
    </message>
    <message>
        <source>Rejected: wrong site for this account.</source>
        <translation>已拒绝：此账号的站点不正确。</translation>
    </message>
    <message>
        <source>Rejected: the credentials were not accepted.</source>
        <translation>已拒绝：凭证未被接受。</translation>
    </message>
    <message>
        <source>Rejected: payment failed. Nothing was bought.</source>
        <translation>已拒绝：支付失败。未购买任何资源。</translation>
    </message>
    <message>
        <source>Failed: nothing was bought.</source>
        <translation>失败：未购买任何资源。</translation>
    </message>
    <message>
        <source>Provisioning: paid; the status could not be read (%1). Trying again…</source>
        <translation>开通状态：已支付；无法读取状态（%1）。正在重试…</translation>
    </message>
    <message>
        <source>Paid and running. The instance is ready to use.</source>
        <translation>已支付并已运行。实例可以使用了。</translation>
    </message>
    <message>
        <source>Provisioning: RUNNING</source>
        <translation>开通状态：RUNNING</translation>
    </message>
    <message>
        <source>Provisioning: paid, %1. This can take a few minutes.</source>
        <translation>开通状态：已支付，%1。这可能需要几分钟。</translation>
    </message>
    <message>
        <source>Reported issue: %1</source>
        <translation>报告的问题：%1</translation>
    </message>
    <message>
        <source>Copy the instance ID</source>
        <translation>复制实例 ID</translation>
    </message>
    <message>
        <source>Copy the order ID</source>
        <translation>复制订单 ID</translation>
    </message>
    <message>
        <source>Copy the request ID</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Copy the client token</source>
        <translation>复制客户端令牌</translation>
    </message>
    <message>
        <source>S&amp;top waiting</source>
        <translation>停止等待(&amp;T)</translation>
    </message>
    <message>
        <source>The order may still go through: it stays in the order history and is offered for resume with the same client token.</source>
        <translation>订单仍可能成功：它会保留在订单历史中，并提供以同一 ClientToken 恢复。</translation>
    </message>
    <message>
        <source>Order &amp;again…</source>
        <translation>再次订购(&amp;A)…</translation>
    </message>
    <message>
        <source>Buy another instance like this one: a new order with its own review.</source>
        <translation>购买另一个与此相同的实例：一个新订单，有自己的确认页。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Stopped waiting: the order may still go through. It is saved and safe to resume.</source>
        <translation>已停止等待：订单仍可能成功。订单已保存，可以安全地恢复。</translation>
    </message>
    <message>
        <source>Not resent: %1</source>
        <translation>未重新发送：%1</translation>
    </message>
    <message>
        <source>What became of the order, and what you can do next.</source>
        <translation>订单的结果，以及接下来可以做什么。</translation>
    </message>
    <message>
        <source>Sandbox: nothing was charged. This order went to the built-in sandbox, not to Alibaba Cloud.</source>
        <translation>沙箱：未产生任何费用。此订单发送到了内置沙箱，而不是阿里云。</translation>
    </message>
    <message>
        <source>The service said: “%1”</source>
        <translation>服务返回：“%1”</translation>
    </message>
    <message>
        <source>Fix th&amp;e order</source>
        <translation>修改订单(&amp;E)</translation>
    </message>
    <message>
        <source>Switch site or &amp;profile</source>
        <translation>切换站点或配置(&amp;P)</translation>
    </message>
    <message>
        <source>Export as co&amp;de…</source>
        <translation>导出为代码(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the bought instance as Terraform (which adopts it) or as a ROS template</source>
        <translation>将已购买的实例写为 Terraform（会纳管该实例）或 ROS 模板</translation>
    </message>
</context>
<context>
    <name>acrp::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>确认订单</translation>
    </message>
    <message>
        <source>Check the order, its price and your balance before you buy.</source>
        <translation>购买前请核对订单、价格和账号余额。</translation>
    </message>
    <message>
        <source>The same order with the a&amp;liyun CLI (a separate purchase if you run it):</source>
        <translation>使用 aliyun CLI 下同样的订单（运行即另行购买）(&amp;L)：</translation>
    </message>
    <message>
        <source>The same order with acr-&amp;purchase (save the order file as order.json first):</source>
        <translation>使用 acr-purchase 下同样的订单（请先将订单文件保存为 order.json）(&amp;P)：</translation>
    </message>
    <message>
        <source>Copy the aliyun command</source>
        <translation>复制 aliyun 命令</translation>
    </message>
    <message>
        <source>Copy the acr-purchase command</source>
        <translation>复制 acr-purchase 命令</translation>
    </message>
    <message>
        <source>I &amp;understand this buys a subscription and charges my account</source>
        <translation>我了解此操作将购买包年包月实例并从我的账号扣费(&amp;U)</translation>
    </message>
    <message>
        <source>Bu&amp;y</source>
        <translation>购买(&amp;Y)</translation>
    </message>
    <message>
        <source>Bu&amp;y in the sandbox</source>
        <translation>在沙箱中购买(&amp;Y)</translation>
    </message>
    <message>
        <source>Price: asking %1…</source>
        <translation>价格：正在向 %1 询价…</translation>
    </message>
    <message>
        <source>Balance: asking…</source>
        <translation>余额：正在查询…</translation>
    </message>
    <message>
        <source>Price unavailable: %1</source>
        <translation>无法获取价格：%1</translation>
    </message>
    <message>
        <source>Balance unavailable: %1</source>
        <translation>无法获取余额：%1</translation>
    </message>
    <message>
        <source>(list price %1)</source>
        <translation>（原价 %1）</translation>
    </message>
    <message>
        <source>(illustrative sandbox price)</source>
        <translation>（沙箱示意价格）</translation>
    </message>
    <message>
        <source>Your balance is lower than the price: the payment will fail unless you top up or have credit.</source>
        <translation>您的余额低于价格：除非充值或有信用额度，否则支付将失败。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3 (ACS3-HMAC-SHA256)</translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation>V1 (HMAC-SHA1)</translation>
    </message>
    <message>
        <source>Order again: this buys another instance like the earlier order, with its own client token. The earlier order is not changed.</source>
        <translation>再次订购：这会购买另一个与先前订单相同的实例，使用新的 ClientToken。先前的订单不受影响。</translation>
    </message>
    <message>
        <source>Order review</source>
        <translation>订单核对</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copy the order file (JSON)</source>
        <translation>复制订单文件（JSON）</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>价格：%1</translation>
    </message>
    <message>
        <source>(list price %1, you save %2)</source>
        <translation>（原价 %1，节省 %2）</translation>
    </message>
    <message>
        <source>Available balance: %1</source>
        <translation>可用余额：%1</translation>
    </message>
    <message>
        <source>Copy order fil&amp;e</source>
        <translation>复制订单文件(&amp;E)</translation>
    </message>
    <message>
        <source>Export as co&amp;de…</source>
        <translation>导出为代码(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the order as a Terraform configuration or a ROS template</source>
        <translation>将订单写为 Terraform 配置或 ROS 模板</translation>
    </message>
</context>
<context>
    <name>acrp::ui::SandboxMenu</name>
    <message>
        <source>&amp;Add balance…</source>
        <translation>增加余额(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Show the sandbox&apos;s orders</source>
        <translation>查看沙箱订单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset the sandbox…</source>
        <translation>重置沙箱(&amp;R)…</translation>
    </message>
    <message>
        <source>Add balance</source>
        <translation>增加余额</translation>
    </message>
    <message>
        <source>for example 5000.00</source>
        <translation>例如 5000.00</translation>
    </message>
    <message>
        <source>The sandbox&apos;s orders</source>
        <translation>沙箱订单</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reset the sandbox</source>
        <translation>重置沙箱</translation>
    </message>
    <message>
        <source>Reset the built-in sandbox? It forgets every order it sold and every account gets its starting balance again. The order history is kept.</source>
        <translation>重置内置沙箱？它会忘记已售出的所有订单，每个账号恢复初始余额。订单历史会保留。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>The sandbox could not be reset: %1</source>
        <translation>无法重置沙箱：%1</translation>
    </message>
    <message>
        <source>Add to the balance of the sandbox account %1 (now %2):</source>
        <translation>为沙箱账号 %1 增加余额（当前 %2）：</translation>
    </message>
    <message>
        <source>Sandbo&amp;x</source>
        <translation>沙箱(&amp;X)</translation>
    </message>
</context>
<context>
    <name>acrp::ui::SaveTemplateRow</name>
    <message>
        <source>Save as te&amp;mplate:</source>
        <translation>另存为模板(&amp;M)：</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>保存模板(&amp;T)</translation>
    </message>
    <message>
        <source>Templates are unavailable: the order journal could not be opened.</source>
        <translation>模板不可用：无法打开订单日志。</translation>
    </message>
    <message>
        <source>Saved as template “%1”.</source>
        <translation>已保存为模板“%1”。</translation>
    </message>
</context>
<context>
    <name>acrp::ui::StoragePage</name>
    <message>
        <source>Storage and security</source>
        <translation>存储与安全</translation>
    </message>
    <message>
        <source>Where the images are stored and which engine scans them for vulnerabilities.</source>
        <translation>镜像的存储位置，以及用于扫描镜像漏洞的引擎。</translation>
    </message>
    <message>
        <source>Use the default OSS b&amp;ucket created for the instance</source>
        <translation>使用为实例创建的默认 OSS Bucket(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Custom OSS bucket:</source>
        <translation>自定义 OSS Bucket(&amp;C)：</translation>
    </message>
    <message>
        <source>an existing bucket in the same region, e.g. my-registry-images</source>
        <translation>同一地域中已有的 Bucket，例如 my-registry-images</translation>
    </message>
    <message>
        <source>&amp;Image scanner:</source>
        <translation>镜像扫描引擎(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>acrp::ui::TemplatesDialog</name>
    <message>
        <source>Import templates</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Order files (*.json);;All files (*)</source>
        <translation>订单文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Order files (*.json)</source>
        <translation>订单文件 (*.json)</translation>
    </message>
    <message>
        <source>Order templates</source>
        <translation>订单模板</translation>
    </message>
    <message>
        <source>Saved orders to start from. Drop order files (.json) here to import them.</source>
        <translation>已保存的订单，可作为新订单的起点。将订单文件（.json）拖放到此处即可导入。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>&amp;New order from template</source>
        <translation>从模板新建订单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the template in place (F2)</source>
        <translation>就地重命名模板 (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Yes, delete</source>
        <translation>是，删除(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>%1: imported as template “%2”.</source>
        <translation>%1：已导入为模板“%2”。</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>已复制为“%1”。</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>删除模板“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleted the template “%1”.</source>
        <translation>已删除模板“%1”。</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>Export as c&amp;ode…</source>
        <translation>导出为代码(&amp;O)…</translation>
    </message>
    <message>
        <source>Write the template&apos;s order as a Terraform configuration or a ROS template</source>
        <translation>将模板中的订单写为 Terraform 配置或 ROS 模板</translation>
    </message>
</context>
</TS>
