"""History that follows the user across computers through a folder they already keep in sync.

Each device appends its own changes to journals in the shared folder; the database itself never
goes there. Merging reads the other devices' journals into the local history.
"""
