# ACR Enterprise Edition instance "team-registry" (Advanced, cn-shanghai), exported by acr-purchase from order file team-registry.json.
#
# NOT BOUGHT: `terraform apply` buys this subscription, and it costs money.
#
# Not expressed in this configuration (no equivalent argument):
#   - site: China (cn). The provider takes the site from the account of its credentials.
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
  region = "cn-shanghai"
}

resource "alicloud_cr_ee_instance" "team_registry" {
  payment_type       = "Subscription"
  period             = 12
  renewal_status     = "AutoRenewal"
  renew_period       = 12
  instance_type      = "Advanced"
  instance_name      = "team-registry"
  default_oss_bucket = "false"
  custom_oss_bucket  = "team-registry-images"
  image_scanner      = "SAS"
  namespace_quota    = 10
  repo_quota         = 1000
  vpc_quota          = 5
}
