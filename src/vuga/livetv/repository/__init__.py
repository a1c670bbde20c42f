"""Live TV's SQL: channels and categories (``channels``), the programme guide and its imports (``guide``)."""

from vuga.livetv.repository.channels import ChannelRepository
from vuga.livetv.repository.guide import GuideRepository

__all__ = ["ChannelRepository", "GuideRepository"]
