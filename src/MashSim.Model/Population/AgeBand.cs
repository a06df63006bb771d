namespace MashSim.Model.Population;

/// <summary>The age groups the national children in need statistics use.</summary>
public enum AgeBand
{
    UnderOne,
    OneToFour,
    FiveToNine,
    TenToFifteen,
    SixteenAndSeventeen,
}
