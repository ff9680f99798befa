"""The method, pure: no Django, no I/O, no clock.

Everything here takes plain data and ``now`` as arguments and returns plain data.
"""
