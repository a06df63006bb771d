using MashSim.Experiments.Scenarios;
using MashSim.Kernel;
using MashSim.Kernel.Random;
using MashSim.Model.Contacts;
using MashSim.Model.Pathway.Cases;
using MashSim.Model.Pathway.Decisions;
using MashSim.Model.Pathway.Parameters;

namespace MashSim.Model.Tests.Pathway;

public class CaseDecisionsTests
{
    /// <summary>Every decision the pathway makes, made <paramref name="times"/> times in a fixed order, each answer named by its decision.</summary>
    private static Dictionary<string, List<string>> Decide(PathwayParameters parameters, int times = 2000)
    {
        var decisions = new CaseDecisions(parameters, new RandomStreams(20171106, 3));
        var answers = new Dictionary<string, List<string>>();
        void Note(string decision, object answer)
        {
            if (!answers.TryGetValue(decision, out var list)) answers[decision] = list = [];
            list.Add(answer.ToString()!);
        }
        var c = new Case(1, 1, RagRating.Amber, SimTime.Zero, counted: true);
        for (int i = 0; i < times; i++)
        {
            c.ReviewsHeld = 1 + i % 3;
            Note("assessment", decisions.AfterAssessment(c));
            Note("strategy discussion", decisions.AfterStrategyDiscussion(c));
            Note("section 47", decisions.AfterSection47(c));
            Note("conference", decisions.AfterInitialConference(c));
            Note("cp review", decisions.AfterChildProtectionReview(c));
            Note("cin review", decisions.AfterChildInNeedReview(c));
            Note("step up", decisions.StepsUp(c));
            Note("premature", decisions.EndsPrematurely(c));
        }
        return answers;
    }

    /// <summary>The default scenario's pathway (Cumbria, November 2017).</summary>
    private static PathwayParameters Default => ScenarioLoader.LoadDefault().Scenario.Pathway!;

    public static TheoryData<string> ChangedDecisions => ["strategy discussion", "section 47", "conference", "step up"];

    private static PathwayParameters Changed(string decision)
    {
        var p = Default;
        return decision switch
        {
            "strategy discussion" => p with { StrategyDiscussion = p.StrategyDiscussion with { Section47Probability = 0.3 } },
            "section 47" => p with { Section47 = p.Section47 with { ConferenceProbability = 0.9 } },
            "conference" => p with { Conferences = p.Conferences with { PlanProbability = 0.5 } },
            "step up" => p with { EarlyHelp = p.EarlyHelp with { StepUpProbability = 0.6 } },
            _ => throw new ArgumentOutOfRangeException(nameof(decision)),
        };
    }

    [Theory]
    [MemberData(nameof(ChangedDecisions))]
    public void Changing_one_decisions_chances_leaves_every_other_decisions_answers_unchanged_under_common_random_numbers(string changed)
    {
        var baseline = Decide(Default);
        var whatIf = Decide(Changed(changed));
        Assert.NotEqual(baseline[changed], whatIf[changed]);
        foreach (var decision in baseline.Keys.Where(d => d != changed))
        {
            Assert.True(baseline[decision].SequenceEqual(whatIf[decision]), $"changing the {changed} decision moved the {decision} decision's answers");
        }
    }
}
