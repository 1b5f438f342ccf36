"""Sharing with phones: the network, the QR code and what is released."""
