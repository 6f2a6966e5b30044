"""Who may do what in the web UI and the people's API: roles, view decorators, DRF permissions.

The bottom of the layering (access < audit < classifier < governance <
reports): it imports no app of the project. A refused request is recorded in
the audit log through the recorder the audit app registers at start-up
(``access.decorators.denial_recorder_register``).
"""
