"""The home page: shared rails (cached per maturity ceiling) and a profile's personal rails on top."""
