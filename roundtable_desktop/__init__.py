"""Roundtable Desktop: the chair's and the rapporteur's offline companion for a roundtable."""

__version__ = "0.1.0"
APP_NAME = "Roundtable Desktop"
