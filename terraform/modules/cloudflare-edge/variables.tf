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

variable "manage_worker" {
  description = "Upload the Worker and its routes from Terraform (a bundle built by `wrangler deploy --dry-run --outdir`). Default false: `wrangler deploy --env <env>` uploads them, with the static assets and the Durable Object migrations, which wrangler does best."
  type        = bool
  default     = false
}

variable "worker_bundle_dir" {
  description = "With manage_worker: the --outdir of `wrangler deploy --dry-run` (index.js and the .wasm)."
  type        = string
  default     = ""
}

variable "compatibility_date" {
  description = "With manage_worker: wrangler.toml's compatibility_date."
  type        = string
  default     = "2026-11-01"
}

variable "worker_vars" {
  description = "With manage_worker: plain-text variables (wrangler.toml [env.*.vars])."
  type        = map(string)
  default     = {}
}

variable "worker_secrets" {
  description = "With manage_worker: secret bindings (the names listed in wrangler.toml's header)."
  type        = map(string)
  default     = {}
  sensitive   = true
}

variable "r2_location" {
  description = "R2 location hint for the archive bucket."
  type        = string
  default     = "enam"
}
