# The Docker host: Amazon Linux 2023, Docker and Compose installed by user_data.sh, the stack shipped
# and started by deploy-ec2.sh.
data "aws_ssm_parameter" "al2023_ami" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_instance" "app" {
  #checkov:skip=CKV_AWS_88:a public address for egress without a NAT gateway (cost); inbound reaches it only from the load balancer's group or listed CIDRs
  #checkov:skip=CKV_AWS_341:containers on the Docker bridge are one hop further from IMDSv2; with a hop limit of 1 they cannot use the instance role
  ami                         = data.aws_ssm_parameter.al2023_ami.value
  instance_type               = var.ec2_instance_type
  subnet_id                   = aws_subnet.public[0].id
  vpc_security_group_ids      = [aws_security_group.app.id]
  iam_instance_profile        = aws_iam_instance_profile.app.name
  associate_public_ip_address = true
  key_name                    = var.ec2_key_name == "" ? null : var.ec2_key_name
  monitoring                  = true
  ebs_optimized               = true
  user_data                   = file("${path.module}/user_data.sh")

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
    instance_metadata_tags      = "disabled"
  }

  root_block_device {
    volume_type           = "gp3"
    volume_size           = var.root_volume_size_gb
    encrypted             = true
    kms_key_id            = aws_kms_key.main.arn
    delete_on_termination = true
  }

  tags = { Name = "${local.name}-app" }

  lifecycle {
    # A newer AMI must not replace the host (and its local Airflow metadata) on the next apply.
    ignore_changes = [ami]
  }
}
