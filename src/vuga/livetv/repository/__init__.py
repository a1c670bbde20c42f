"""Live TV's SQL: channels and categories (``channels``), the programme guide and its imports (``guide``),
channels' audience (``audience``)."""

from vuga.livetv.repository.audience import AudienceRepository
from vuga.livetv.repository.channels import ChannelRepository
from vuga.livetv.repository.guide import GuideRepository

__all__ = ["AudienceRepository", "ChannelRepository", "GuideRepository"]
