"""The compatibility layer's rules: who an app's call is from (``identity``)."""
