"""The meeting: its form and pages (participants, questions, agenda), the register and the
import of registration lists, and the World Café (tables, hosts, rounds, seating)."""
