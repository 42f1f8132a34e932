// The translations library carries only embedded .qm resources; this unit gives it a body.
namespace tixsync {
int i18nAnchor()
{
    return 0;
}
} // namespace tixsync
