# EKS with two managed node groups:
# - general: the farm API and cluster services;
# - sandbox: only the judge workers. Its nodes carry the taint `algoarena.dev/sandbox=true:NoSchedule`
#   and the label `algoarena.dev/pool=sandbox`; gVisor's runsc is installed by the launch
#   template's user data and registered with containerd as the `runsc` handler, which the
#   `gvisor` RuntimeClass (deploy/k8s/base/runtimeclass.yaml) names.
# An OIDC provider lets pods assume IAM roles (IRSA, module aws-irsa).

data "aws_iam_policy_document" "cluster_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "cluster" {
  name               = "${var.name}-cluster"
  assume_role_policy = data.aws_iam_policy_document.cluster_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "cluster" {
  role       = aws_iam_role.cluster.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
}

resource "aws_cloudwatch_log_group" "cluster" {
  # EKS writes to exactly this name; creating it first sets retention and encryption.
  name              = "/aws/eks/${var.name}/cluster"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
  tags              = var.tags
}

resource "aws_security_group" "cluster" {
  name        = "${var.name}-cluster"
  description = "EKS control plane of ${var.name}"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_eks_cluster" "this" {
  name     = var.name
  version  = var.kubernetes_version
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids              = var.subnet_ids
    security_group_ids      = [aws_security_group.cluster.id]
    endpoint_private_access = true
    endpoint_public_access  = length(var.public_access_cidrs) > 0
    public_access_cidrs     = length(var.public_access_cidrs) > 0 ? var.public_access_cidrs : null
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = var.kms_key_arn
    }
  }

  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  tags                      = var.tags

  depends_on = [aws_iam_role_policy_attachment.cluster, aws_cloudwatch_log_group.cluster]
}

data "tls_certificate" "oidc" {
  url = aws_eks_cluster.this.identity[0].oidc[0].issuer
}

resource "aws_iam_openid_connect_provider" "this" {
  url             = aws_eks_cluster.this.identity[0].oidc[0].issuer
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = [data.tls_certificate.oidc.certificates[0].sha1_fingerprint]
  tags            = var.tags
}

# --- node groups ----------------------------------------------------------------------------

data "aws_iam_policy_document" "node_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "node" {
  name               = "${var.name}-node"
  assume_role_policy = data.aws_iam_policy_document.node_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "node" {
  for_each = toset([
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
  ])
  role       = aws_iam_role.node.name
  policy_arn = each.value
}

# Both groups: IMDSv2 only, one hop (pods cannot borrow the node's role), encrypted root volumes.
resource "aws_launch_template" "general" {
  name_prefix = "${var.name}-general-"
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
      volume_type = "gp3"
      encrypted   = true
      kms_key_id  = var.kms_key_arn
    }
  }
  tag_specifications {
    resource_type = "instance"
    tags          = merge(var.tags, { Name = "${var.name}-general" })
  }
}

resource "aws_launch_template" "sandbox" {
  name_prefix = "${var.name}-sandbox-"
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 100
      volume_type = "gp3"
      encrypted   = true
      kms_key_id  = var.kms_key_arn
    }
  }
  # Installs gVisor and registers runsc with containerd before the node joins.
  user_data = base64encode(file("${path.module}/sandbox-userdata.txt"))
  tag_specifications {
    resource_type = "instance"
    tags          = merge(var.tags, { Name = "${var.name}-sandbox" })
  }
}

resource "aws_eks_node_group" "general" {
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = "general"
  node_role_arn   = aws_iam_role.node.arn
  subnet_ids      = var.subnet_ids
  instance_types  = var.general_instance_types
  labels          = { "algoarena.dev/pool" = "general" }

  scaling_config {
    min_size     = var.general_scaling.min
    desired_size = var.general_scaling.desired
    max_size     = var.general_scaling.max
  }
  update_config {
    max_unavailable = 1
  }
  launch_template {
    id      = aws_launch_template.general.id
    version = aws_launch_template.general.latest_version
  }
  tags       = var.tags
  depends_on = [aws_iam_role_policy_attachment.node]
}

resource "aws_eks_node_group" "sandbox" {
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = "sandbox"
  node_role_arn   = aws_iam_role.node.arn
  subnet_ids      = var.subnet_ids
  instance_types  = var.sandbox_instance_types
  labels          = { "algoarena.dev/pool" = "sandbox" }

  # Only pods that tolerate this run here: the judge workers (deploy/k8s/base/worker.yaml).
  taint {
    key    = "algoarena.dev/sandbox"
    value  = "true"
    effect = "NO_SCHEDULE"
  }

  scaling_config {
    min_size     = var.sandbox_scaling.min
    desired_size = var.sandbox_scaling.desired
    max_size     = var.sandbox_scaling.max
  }
  update_config {
    max_unavailable = 1
  }
  launch_template {
    id      = aws_launch_template.sandbox.id
    version = aws_launch_template.sandbox.latest_version
  }
  tags = merge(var.tags, {
    # The cluster autoscaler builds sandbox nodes for pending workers from these.
    "k8s.io/cluster-autoscaler/enabled"                          = "true"
    "k8s.io/cluster-autoscaler/${var.name}"                      = "owned"
    "k8s.io/cluster-autoscaler/node-template/taint/algoarena.dev/sandbox" = "true:NoSchedule"
  })
  depends_on = [aws_iam_role_policy_attachment.node]
}
