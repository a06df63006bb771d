namespace MashSim.Model.Pathway.Work;

/// <summary>What a case-holding worker may hold: a social worker anything, a family support worker child in need cases only.</summary>
public enum WorkerRole
{
    SocialWorker,
    FamilySupportWorker,
}
