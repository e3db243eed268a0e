"""kehoach: theo dõi thời hạn các kế hoạch của cơ quan nhà nước."""

__version__ = "0.1.0"
