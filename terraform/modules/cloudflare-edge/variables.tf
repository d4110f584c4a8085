variable "account_id" {
  description = "Cloudflare account id."
  type        = string
}

variable "zone_id" {
  description = "Cloudflare zone of the public hostname."
  type        = string
}

variable "hostname" {
  description = "Public hostname of the app (e.g. algoarena.dev)."
  type        = string
}

variable "environment" {
  description = "staging or production: suffix of every resource name, as in wrangler.toml's [env.*]."
  type        = string
}

variable "script_name" {
  description = "The Worker's name: wrangler.toml's name plus -<env> (wrangler's convention for [env.*])."
  type        = string
}

variable "r2_location" {
  description = "R2 location hint for the archive bucket."
  type        = string
  default     = "enam"
}
