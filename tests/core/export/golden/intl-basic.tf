# ACR Enterprise Edition instance "sg-builds" (Basic, ap-southeast-1), exported by acr-purchase from template "sg builds".
#
# NOT BOUGHT: `terraform apply` buys this subscription, and it costs money.
#
# Not expressed in this configuration (no equivalent argument):
#   - site: International (intl). The provider takes the site from the account of its credentials.
#
# No credentials are in this file, and none belong here: the provider reads them from
# the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET) or an
# aliyun CLI profile.

terraform {
  required_version = ">= 1.5.0"
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.268.0"
    }
  }
}

provider "alicloud" {
  # Credentials come from the environment or the aliyun CLI profile, never from this file.
  region = "ap-southeast-1"
}

resource "alicloud_cr_ee_instance" "sg_builds" {
  payment_type       = "Subscription"
  period             = 3
  renewal_status     = "AutoRenewal"
  renew_period       = 1
  instance_type      = "Basic"
  instance_name      = "sg-builds"
  default_oss_bucket = "true"
  image_scanner      = "ACR"
  namespace_quota    = 5
}
