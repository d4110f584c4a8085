terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    tls = {
      source  = "hashicorp/tls"
      version = "~> 4.0"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 5.0"
    }
  }

  # State in S3 with locking; create the bucket once by hand (README "Deploy", step 1).
  backend "s3" {
    key          = "algoarena/production/terraform.tfstate"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = local.tags
  }
}

# CLOUDFLARE_API_TOKEN from the environment (Workers Scripts, Workers KV, R2, DNS: edit).
provider "cloudflare" {}
