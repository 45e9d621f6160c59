# ACR Enterprise Edition instance "eu-mirror" (Advanced, eu-central-1), exported by acr-purchase from journal order 12.
#
# ALREADY BOUGHT: this instance was already bought on 2025-12-31 (OrderId 9021887001) as cri-eu0mirror0000001.
# The import block below makes `terraform plan` adopt it ("1 to import, 0 to add")
# instead of buying a second one. Do not remove the import block before the first
# apply. It needs Terraform 1.5 or newer.
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
  region = "eu-central-1"
}

# Adopts the instance bought already. Keep this block until the first apply.
import {
  to = alicloud_cr_ee_instance.eu_mirror
  id = "cri-eu0mirror0000001"
}

resource "alicloud_cr_ee_instance" "eu_mirror" {
  payment_type       = "Subscription"
  period             = 3
  renewal_status     = "ManualRenewal"
  instance_type      = "Advanced"
  instance_name      = "eu-mirror"
  default_oss_bucket = "true"
  image_scanner      = "ACR"
  namespace_quota    = 5
  vpc_quota          = 2
}
