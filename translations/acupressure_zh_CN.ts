<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Find acupressure points on clear body diagrams, learn how to find and press them, and keep track of what helps you.</source>
        <translation>在清晰的人体示意图上查找穴位，了解如何找到并按压这些穴位，并记录哪些对您有帮助。</translation>
    </message>
    <message>
        <source>&lt;b&gt;A note on health.&lt;/b&gt; Acupressure is a traditional practice. This app describes how points are traditionally used; it does not diagnose or treat any condition and is not a substitute for medical care. Talk to your doctor before you start if you are pregnant, have a health condition or take blood-thinning medicines, and see a doctor about symptoms that are severe, sudden or lasting.</source>
        <translation>&lt;b&gt;健康提示。&lt;/b&gt;穴位按压是一种传统做法。本应用介绍的是穴位的传统用途；它不能诊断或治疗任何疾病，也不能代替医疗护理。如果您正在怀孕、有健康问题或正在服用抗凝血药物，请在开始之前咨询医生；如果症状严重、突然出现或持续不退，请就医。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. The diagrams and texts are original works of the project&apos;s contributors.</source>
        <translation>本软件为自由软件，依据 GNU 通用公共许可证第 3 版或更新版本发布。图示和文字均为本项目贡献者的原创作品。</translation>
    </message>
    <message>
        <source>The names of the interface are translated; the point texts are in English for now.</source>
        <translation>界面名称已翻译；穴位说明文字目前仍为英文。</translation>
    </message>
</context>
<context>
    <name>AppLog</name>
    <message>
        <source>The log cannot be written in {folder}: {reason}.</source>
        <translation>无法在 {folder} 中写入日志：{reason}。</translation>
    </message>
</context>
<context>
    <name>Assembly</name>
    <message>
        <source>{error} Your sessions are still saved; the app tries again next time it starts.</source>
        <translation>{error}您的练习记录仍然保存着；本应用会在下次启动时再试一次。</translation>
    </message>
    <message>
        <source>The descriptions of the points are in English for now; the rest of the app is translated.</source>
        <translation>穴位说明暂时只有英文；应用的其余部分已翻译。</translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <source>Body map</source>
        <translation>人体图</translation>
    </message>
    <message>
        <source>{view}, left side</source>
        <translation>{view}，左侧</translation>
    </message>
    <message>
        <source>{view}, right side</source>
        <translation>{view}，右侧</translation>
    </message>
    <message>
        <source>The landmarks of this view cannot be shown: {error}</source>
        <translation>无法显示此视图的体表标志：{error}</translation>
    </message>
    <message>
        <source>Body map: {point}</source>
        <translation>人体图：{point}</translation>
    </message>
    <message>
        <source>{point} (left)</source>
        <translation>{point}（左）</translation>
    </message>
    <message>
        <source>{point} (right)</source>
        <translation>{point}（右）</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing guide</source>
        <translation>呼吸引导</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>呼气</translation>
    </message>
</context>
<context>
    <name>ChannelLayer</name>
    <message>
        <source>{first_point} to {last_point}</source>
        <translation>{first_point} 至 {last_point}</translation>
    </message>
</context>
<context>
    <name>ChannelMenu</name>
    <message>
        <source>&amp;No Channels</source>
        <translation>不显示经络(&amp;N)</translation>
    </message>
    <message>
        <source>The &amp;Selected Point&apos;s Channel</source>
        <translation>所选穴位的经络(&amp;S)</translation>
    </message>
    <message>
        <source>The Channels &amp;Ticked Below</source>
        <translation>下方勾选的经络(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>经络(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>{channel} ({code}) · %n Point(s)</source>
        <translation>
            <numerusform>{channel}（{code}）· %n 个穴位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelOverlay</name>
    <message>
        <source>The channels cannot be drawn on this view: {error}</source>
        <translation>无法在此视图上绘制经络：{error}</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} could not be saved as a PNG image: {reason}</source>
        <translation>无法将 {path} 保存为 PNG 图像：{reason}</translation>
    </message>
    <message>
        <source>A body chart from Acupressure Desktop</source>
        <translation>来自 Acupressure Desktop 的人体图</translation>
    </message>
    <message>
        <source>{path} could not be written as an SVG drawing.</source>
        <translation>无法将 {path} 写为 SVG 图形。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>ClusterMarker</name>
    <message numerus="yes">
        <source>&lt;b&gt;{code}&lt;/b&gt; {name}: %n spot(s) close together (click to show it)</source>
        <translation>
            <numerusform>&lt;b&gt;{code}&lt;/b&gt; {name}：%n 个点位彼此靠近（点击显示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) close together (click to choose, or zoom in):</source>
        <translation>
            <numerusform>%n 个穴位彼此靠近（点击选择，或放大查看）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} {pinyin}, {name}: %n spot(s) close together</source>
        <translation>
            <numerusform>{code} {pinyin}，{name}：%n 个点位彼此靠近</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) close together: {codes}</source>
        <translation>
            <numerusform>%n 个穴位彼此靠近：{codes}</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to choose one of them, or zoom in to see them apart.</source>
        <translation>按 Enter 从中选择一个，或放大以分开查看。</translation>
    </message>
</context>
<context>
    <name>ComputerNames</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Another computer</source>
        <translation>另一台电脑</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>I have talked to my doctor about this</source>
        <translation>我已就此咨询过医生</translation>
    </message>
    <message>
        <source>Before You Start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Because of what you told the safety screen, please read this about {what}:</source>
        <translation>根据您在安全问卷中的回答，请阅读以下关于{what}的说明：</translation>
    </message>
    <message>
        <source>&amp;Start Session</source>
        <translation>开始练习(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{app}: Something Went Wrong</source>
        <translation>{app}：出现问题</translation>
    </message>
    <message>
        <source>Sorry, {app} ran into a problem it did not expect.</source>
        <translation>抱歉，{app} 遇到了意外的问题。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>继续工作(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CunGuideDialog</name>
    <message>
        <source>A cun is not a fixed length. It is a share of the body being measured, so that a point lies in the same place on a child and on a tall adult. The standard divides each part of the body into a set number of cun between landmarks you can see or feel, for example 12 cun from the elbow crease to the wrist crease, and every location counts in those shares.</source>
        <translation>寸不是固定的长度，而是被测量者身体的一定比例，因此同一个穴位在儿童身上和高个子成人身上都位于相同的位置。标准把身体的每个部位在可以看到或摸到的体表标志之间划分为固定的寸数，例如从肘横纹到腕横纹为 12 寸，每个穴位的位置都按这些比例来计算。</translation>
    </message>
    <message>
        <source>For short distances the fingers of the person being measured are a good guide. On someone else, use their fingers, not yours. Where the fingers and the body&apos;s own measure disagree, the body&apos;s measure wins: it is how the standard defines the points.</source>
        <translation>测量较短的距离时，被测量者自己的手指是很好的参照。给别人测量时，请用对方的手指，而不是您自己的。如果手指度量与身体自身的比例不一致，以身体的比例为准：标准就是这样定义穴位的。</translation>
    </message>
    <message>
        <source>Measuring in Cun</source>
        <translation>按寸测量</translation>
    </message>
    <message>
        <source>The body&apos;s measures cannot be drawn: {error}</source>
        <translation>无法绘制身体自身的比例：{error}</translation>
    </message>
    <message>
        <source>Measuring in cun</source>
        <translation>按寸测量</translation>
    </message>
    <message>
        <source>Finger measures</source>
        <translation>手指度量（同身寸）</translation>
    </message>
    <message>
        <source>The body&apos;s own measures</source>
        <translation>身体自身的比例（骨度分寸）</translation>
    </message>
    <message>
        <source>Click one to see it drawn.</source>
        <translation>点击其中一项即可查看图示。</translation>
    </message>
</context>
<context>
    <name>DailyProgress</name>
    <message>
        <source>Today: {done} of {goal} {dots}{extra}</source>
        <translation>今天：{done}/{goal} {dots}{extra}</translation>
    </message>
    <message>
        <source>You have reached today&apos;s goal.</source>
        <translation>您已达成今天的目标。</translation>
    </message>
    <message numerus="yes">
        <source>%n more to reach today&apos;s goal.</source>
        <translation>
            <numerusform>还差 %n 次即可达成今天的目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions, routines and mat sessions practised today. {met} The goal is set in Preferences.</source>
        <translation>今天完成的练习、组合练习和按摩垫练习。{met}目标可在首选项中设置。</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>The eight classic points</source>
        <translation>八个经典穴位</translation>
    </message>
    <message>
        <source>All self-care points</source>
        <translation>所有自我保健穴位</translation>
    </message>
    <message>
        <source>Self-care points: {region}</source>
        <translation>自我保健穴位：{region}</translation>
    </message>
    <message>
        <source>Routine: {name}</source>
        <translation>组合练习：{name}</translation>
    </message>
    <message>
        <source>Points you have practised</source>
        <translation>您练习过的穴位</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>Save the Chart as {format}</source>
        <translation>将人体图另存为 {format}</translation>
    </message>
    <message>
        <source>Export or Print This View</source>
        <translation>导出或打印此视图</translation>
    </message>
    <message>
        <source>none shown now</source>
        <translation>当前未显示</translation>
    </message>
    <message>
        <source>Channels ({names})</source>
        <translation>经络（{names}）</translation>
    </message>
    <message>
        <source>Point codes beside the points</source>
        <translation>在穴位旁标注编号</translation>
    </message>
    <message>
        <source>How to measure the point shown now</source>
        <translation>当前所示穴位的测量方法</translation>
    </message>
    <message>
        <source>Paper size for printing</source>
        <translation>打印用纸尺寸</translation>
    </message>
    <message>
        <source>Paper for printing</source>
        <translation>打印纸张</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>另存为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The Chart Was Not Saved</source>
        <translation>人体图未保存</translation>
    </message>
    <message>
        <source>The Chart Was Not Printed</source>
        <translation>人体图未打印</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <source>What would you like help with? For example: headache, can&apos;t sleep, stress</source>
        <translation>需要哪方面的帮助？请用英文输入，例如：headache, can&apos;t sleep, stress</translation>
    </message>
    <message>
        <source>Describe what you feel</source>
        <translation>描述您的感受</translation>
    </message>
    <message>
        <source>Common:</source>
        <translation>常见：</translation>
    </message>
    <message>
        <source>Suggested points</source>
        <translation>建议的穴位</translation>
    </message>
    <message>
        <source>Start a Routine with the Top Points</source>
        <translation>用排在最前面的穴位开始组合练习</translation>
    </message>
    <message>
        <source>Type what you feel, or pick a common complaint.</source>
        <translation>输入您的感受，或选择一种常见不适。</translation>
    </message>
    <message>
        <source>For: {complaints}</source>
        <translation>针对：{complaints}</translation>
    </message>
    <message>
        <source>Left out because of your safety answers: {points}</source>
        <translation>根据您的安全问卷回答而略去：{points}</translation>
    </message>
    <message>
        <source>{symptom}: get medical help instead if…</source>
        <translation>{symptom}：如有以下情况，请改为寻求医疗帮助…</translation>
    </message>
    <message>
        <source>Preset: {routine} ({minutes} min)</source>
        <translation>预设：{routine}（{minutes} 分钟）</translation>
    </message>
    <message>
        <source>For {first} and {second}</source>
        <translation>针对{first}和{second}</translation>
    </message>
    <message>
        <source>For {complaint}</source>
        <translation>针对{complaint}</translation>
    </message>
</context>
<context>
    <name>FindingPage</name>
    <message>
        <source>Time until the next point starts</source>
        <translation>距下一个穴位开始的时间</translation>
    </message>
    <message>
        <source>Paused · press Space or Resume to go on</source>
        <translation>已暂停 · 按 Space 或“继续”以继续</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Find the point before (←)</source>
        <translation>回到上一个穴位（←）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or resume the countdown (Space)</source>
        <translation>暂停或继续倒计时（Space）</translation>
    </message>
    <message>
        <source>Start Now ▶</source>
        <translation>立即开始 ▶</translation>
    </message>
    <message>
        <source>Start this point now (→)</source>
        <translation>立即开始此穴位（→）</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>停止…</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>停止组合练习（Esc）</translation>
    </message>
    <message>
        <source>Point {number} of {total} · find it now</source>
        <translation>第 {number} 个穴位，共 {total} 个 · 现在请找到它</translation>
    </message>
    <message>
        <source>Next: {point}</source>
        <translation>下一个：{point}</translation>
    </message>
    <message>
        <source>Where {code} is</source>
        <translation>{code} 的位置</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>{time} 后开始</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>FingerDrawings</name>
    <message>
        <source>{cun} cun</source>
        <translation>{cun} 寸</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Last 30 days, per day</source>
        <translation>最近 30 天，按天</translation>
    </message>
    <message>
        <source>Last 26 weeks, per week</source>
        <translation>最近 26 周，按周</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>better by (0-10)</source>
        <translation>改善程度（0-10）</translation>
    </message>
    <message>
        <source>Before and after, for</source>
        <translation>练习前后对比，针对</translation>
    </message>
    <message>
        <source>Your history cannot be read right now.</source>
        <translation>暂时无法读取您的历史记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>连续 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Practised today</source>
        <translation>今天已练习</translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>尚无连续记录</translation>
    </message>
    <message>
        <source>{streak} · today: {done} of your daily goal of {goal}</source>
        <translation>{streak} · 今天：已完成 {done} 次，每日目标 {goal} 次</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>每周练习次数</translation>
    </message>
    <message>
        <source>Minutes of pressing per week</source>
        <translation>每周按压分钟数</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>每日练习次数</translation>
    </message>
    <message>
        <source>Minutes of pressing per day</source>
        <translation>每日按压分钟数</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>从 {first} 到 {last}</translation>
    </message>
    <message>
        <source>most on {day}</source>
        <translation>{day} 最多</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message numerus="yes">
        <source>{span}: %n session(s), {most}.</source>
        <translation>
            <numerusform>{span}：共 %n 次练习，{most}。</numerusform>
        </translation>
    </message>
    <message>
        <source>{span}: {minutes} minutes of pressing in all.</source>
        <translation>{span}：共按压 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>How much better you felt after each rated session</source>
        <translation>每次评分练习后感觉改善了多少</translation>
    </message>
    <message numerus="yes">
        <source>%n rated session(s); the last {last} points better, on average {average}.</source>
        <translation>
            <numerusform>共 %n 次评分练习；最近一次改善 {last} 分，平均 {average} 分。</numerusform>
        </translation>
    </message>
    <message>
        <source>No rated sessions yet.</source>
        <translation>暂无评分的练习。</translation>
    </message>
    <message>
        <source>No rated sessions for this yet. Rate how you feel before and after a session to see which points help you.</source>
        <translation>这一项还没有已评分的练习。在练习前后为自己的感受评分，就能看出哪些穴位对您有帮助。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{point}&lt;/b&gt; (%n rated): {note}</source>
        <translation>
            <numerusform>&lt;b&gt;{point}&lt;/b&gt;（%n 次评分）：{note}</numerusform>
        </translation>
    </message>
    <message>
        <source>What has helped you most</source>
        <translation>对您最有帮助的</translation>
    </message>
    <message>
        <source>week of {day}</source>
        <translation>{day} 所在的一周</translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n session(s), {minutes} min</source>
        <translation>
            <numerusform>{when}：%n 次练习，{minutes} 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>HistoryDetail</name>
    <message>
        <source>Show on Body Map</source>
        <translation>在人体图上显示</translation>
    </message>
    <message>
        <source>Select a session to see it in full.</source>
        <translation>选择一次练习以查看完整信息。</translation>
    </message>
    <message>
        <source>For: {symptom}</source>
        <translation>针对：{symptom}</translation>
    </message>
    <message>
        <source>Part of the routine: {routine}</source>
        <translation>属于组合练习：{routine}</translation>
    </message>
    <message>
        <source>{phase} ({side})</source>
        <translation>{phase}（{side}）</translation>
    </message>
    <message>
        <source>Cut short: {phases}.</source>
        <translation>提前结束的阶段：{phases}。</translation>
    </message>
    <message>
        <source>Too short to count toward the daily goal.</source>
        <translation>时间太短，不计入每日目标。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>pressing {time}</source>
        <translation>按压 {time}</translation>
    </message>
    <message>
        <source>How strong, before → after (0-10): &lt;b&gt;{ratings}&lt;/b&gt;</source>
        <translation>强度，练习前 → 练习后（0-10）：&lt;b&gt;{ratings}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <source>Practised on: {computer}</source>
        <translation>练习所用电脑：{computer}</translation>
    </message>
    <message>
        <source>Earlier notes, replaced by a later edit on another computer:</source>
        <translation>较早的备注（已被另一台电脑上较晚的修改替换）：</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>所有穴位</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>任意目的</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>已缩短</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>组合练习</translation>
    </message>
    <message>
        <source>Sessions and routines</source>
        <translation>练习和组合练习</translation>
    </message>
    <message>
        <source>Routine steps only</source>
        <translation>仅组合练习中的步骤</translation>
    </message>
    <message>
        <source>Single sessions only</source>
        <translation>仅单次练习</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>所有电脑</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>搜索备注</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>The history could not be backed up to {folder} ({reason}).</source>
        <translation>无法将历史记录备份到 {folder}（{reason}）。</translation>
    </message>
    <message>
        <source>the history could not be written</source>
        <translation>无法写入历史记录</translation>
    </message>
    <message>
        <source>The history could not be backed up to {folder} (it cannot be read).</source>
        <translation>无法将历史记录备份到 {folder}（历史记录无法读取）。</translation>
    </message>
    <message>
        <source>Your sessions are being saved again; nothing was lost.</source>
        <translation>您的练习已重新开始保存；没有丢失任何内容。</translation>
    </message>
    <message>
        <source>Your past sessions are safe and can still be viewed.</source>
        <translation>您过去的练习记录是安全的，仍然可以查看。</translation>
    </message>
    <message>
        <source>Your sessions are not being saved: {reason} ({detail}).</source>
        <translation>您的练习没有被保存：{reason}（{detail}）。</translation>
    </message>
    <message>
        <source>Your sessions are not being saved right now: {reason} ({detail}). Your past sessions are safe; new ones are kept while the app is open and saved as soon as they can be.</source>
        <translation>您的练习目前没有被保存：{reason}（{detail}）。您过去的练习记录是安全的；新的练习会在本应用打开期间保留，并在可以保存时立即保存。</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be created</source>
        <translation>无法创建文件夹 {folder}</translation>
    </message>
    <message>
        <source>It was opened read-only and your sessions are not saved.</source>
        <translation>历史记录以只读方式打开，您的练习不会被保存。</translation>
    </message>
    <message>
        <source>the damaged history could not be set aside</source>
        <translation>无法将损坏的历史记录移到一旁</translation>
    </message>
    <message>
        <source>a new history could not be created</source>
        <translation>无法创建新的历史记录</translation>
    </message>
    <message>
        <source>Your session history was damaged and could not be read. It was kept as {file} and a new, empty history was started.</source>
        <translation>您的练习历史记录已损坏，无法读取。它已保留为 {file}，并已新建一份空白历史记录。</translation>
    </message>
    <message>
        <source>{file} cannot be written</source>
        <translation>无法写入 {file}</translation>
    </message>
    <message>
        <source>Your session history was written by a newer version of the app (format {format}; this version knows up to {known}).</source>
        <translation>您的练习历史记录是由较新版本的应用写入的（格式 {format}；此版本最高支持 {known}）。</translation>
    </message>
    <message>
        <source>Past sessions cannot be shown either: the history file is damaged. It was left as it is.</source>
        <translation>过去的练习也无法显示：历史记录文件已损坏。该文件已保持原样。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the history file is busy in another program</source>
        <translation>历史记录文件正被另一个程序占用</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>无法写入磁盘</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past sessions</source>
        <translation>以往的练习</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习记录</translation>
    </message>
    <message>
        <source>Charts and insights</source>
        <translation>图表与分析</translation>
    </message>
    <message>
        <source>a routine</source>
        <translation>某个组合练习</translation>
    </message>
    <message>
        <source>{routine} · {done} of {planned} ({status})</source>
        <translation>{routine} · 完成 {done}/{planned}（{status}）</translation>
    </message>
    <message numerus="yes">
        <source>%n+ session(s) shown</source>
        <translation>
            <numerusform>显示 %n+ 次练习</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>显示 %n 次练习</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be deleted.</source>
        <translation>无法删除这些练习。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>已删除 %n 次练习。按 Ctrl+Z 可以恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n session(s).</source>
        <translation>
            <numerusform>已恢复 %n 次练习。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>{error} Your history itself is unchanged.</source>
        <translation>{error}您的历史记录本身没有改变。</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>已备份到 {path}。</translation>
    </message>
    <message>
        <source>No Backups Yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.</source>
        <translation>{folder} 中还没有备份。</translation>
    </message>
    <message>
        <source>Nothing Was Restored</source>
        <translation>未恢复任何内容</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}.</source>
        <translation>无法恢复备份：{error}。</translation>
    </message>
    <message>
        <source>Restored {backup}. Your history as it was is kept in {safety}.</source>
        <translation>已恢复 {backup}。您原来的历史记录保存在 {safety}。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace your history with this backup? (Your current history is backed up first.)</source>
        <translation>要用此备份替换您的历史记录吗？（会先备份您当前的历史记录。）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>History export (*.json)</source>
        <translation>历史记录导出文件 (*.json)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 次练习导出到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>The file has problems, so none of it was imported. Your history is unchanged.</source>
        <translation>该文件有问题，因此没有导入任何内容。您的历史记录没有改变。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) and {cards}; {skipped} already in your history.</source>
        <translation>
            <numerusform>已导入 %n 次练习和 {cards}；另有 {skipped} 次已在您的历史记录中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) and {cards}.</source>
        <translation>
            <numerusform>已导入 %n 次练习和 {cards}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s); {skipped} already in your history.</source>
        <translation>
            <numerusform>已导入 %n 次练习；另有 {skipped} 次已在您的历史记录中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s).</source>
        <translation>
            <numerusform>已导入 %n 次练习。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz card(s)</source>
        <translation>
            <numerusform>%n 张测验卡片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Pressing</source>
        <translation>按压时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>练习前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>练习后</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>组合练习</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>✓ Completed</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <source>◐ Shortened</source>
        <translation>◐ 已缩短</translation>
    </message>
    <message>
        <source>■ Stopped</source>
        <translation>■ 已停止</translation>
    </message>
    <message>
        <source>⚠ Interrupted</source>
        <translation>⚠ 已中断</translation>
    </message>
    <message>
        <source>… Running</source>
        <translation>… 进行中</translation>
    </message>
    <message>
        <source>Acupressure mat</source>
        <translation>穴位按摩垫</translation>
    </message>
    <message>
        <source>Notes can be up to 2000 characters.</source>
        <translation>备注最多 2000 个字符。</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>无法保存备注。</translation>
    </message>
</context>
<context>
    <name>Hotspot</name>
    <message>
        <source>{point} (reference only)</source>
        <translation>{point}（仅供参考）</translation>
    </message>
    <message>
        <source>{point} (for reference)</source>
        <translation>{point}（供参考）</translation>
    </message>
    <message>
        <source>{point}, left side</source>
        <translation>{point}，左侧</translation>
    </message>
    <message>
        <source>{point}, right side</source>
        <translation>{point}，右侧</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Only 1 rated session so far; {more} more before this says much.</source>
        <translation>目前只有 1 次已评分的练习；还需要 {more} 次，结果才比较有参考意义。</translation>
    </message>
    <message>
        <source>Only {sessions} rated sessions so far; {more} more before this says much.</source>
        <translation>目前只有 {sessions} 次已评分的练习；还需要 {more} 次，结果才比较有参考意义。</translation>
    </message>
    <message>
        <source>On average {points} points better afterwards.</source>
        <translation>练习后平均改善 {points} 分。</translation>
    </message>
    <message>
        <source>On average {points} points worse afterwards.</source>
        <translation>练习后平均变差 {points} 分。</translation>
    </message>
    <message>
        <source>On average no change.</source>
        <translation>平均没有变化。</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Anywhere in the Window</source>
        <translation>窗口内任意位置</translation>
    </message>
    <message>
        <source>Body Map</source>
        <translation>人体图</translation>
    </message>
    <message>
        <source>Search Box</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <source>Guided Session</source>
        <translation>引导练习</translation>
    </message>
    <message>
        <source>Learn the Points</source>
        <translation>学习穴位</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Routine Editor</source>
        <translation>组合练习编辑器</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export or Print This View…</source>
        <translation>导出或打印此视图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find a Point…</source>
        <translation>查找穴位(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Fi&amp;t Diagram</source>
        <translation>完整显示图示(&amp;T)</translation>
    </message>
    <message>
        <source>Show Lan&amp;dmarks</source>
        <translation>显示体表标志(&amp;D)</translation>
    </message>
    <message>
        <source>Show the Other &amp;Side</source>
        <translation>显示另一侧(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Previous Point on the Channel</source>
        <translation>经络上的上一个穴位(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;ext Point on the Channel</source>
        <translation>经络上的下一个穴位(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Next Body View</source>
        <translation>下一个人体视图(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Body View</source>
        <translation>上一个人体视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Body Map</source>
        <translation>人体图(&amp;B)</translation>
    </message>
    <message>
        <source>All &amp;Points</source>
        <translation>所有穴位(&amp;P)</translation>
    </message>
    <message>
        <source>Find &amp;Help by Complaint</source>
        <translation>按不适查找帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>组合练习(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mat Sessions</source>
        <translation>按摩垫练习(&amp;M)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史记录(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Learn the Points</source>
        <translation>学习穴位(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;How to Practise…</source>
        <translation>如何练习(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Move to the Nearest Point</source>
        <translation>移到最近的穴位</translation>
    </message>
    <message>
        <source>Open the Point</source>
        <translation>打开穴位</translation>
    </message>
    <message>
        <source>Go Through the Suggestions</source>
        <translation>浏览建议</translation>
    </message>
    <message>
        <source>Open the Suggestion</source>
        <translation>打开建议</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Pause or Resume</source>
        <translation>暂停或继续</translation>
    </message>
    <message>
        <source>Go On to the Next Phase</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <source>Back to the Start of the Phase</source>
        <translation>回到本阶段开头</translation>
    </message>
    <message>
        <source>Stop, or Close When Done</source>
        <translation>停止，或完成后关闭</translation>
    </message>
    <message>
        <source>Focus Mode (Full Screen)</source>
        <translation>专注模式（全屏）</translation>
    </message>
    <message>
        <source>Choose an Answer</source>
        <translation>选择答案</translation>
    </message>
    <message>
        <source>Show the Answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <source>Next Question, or Place the Cross</source>
        <translation>下一题，或放置十字标记</translation>
    </message>
    <message>
        <source>Move the Cross (with Shift: Finely)</source>
        <translation>移动十字标记（按住 Shift：微调）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Move the Step Up</source>
        <translation>上移步骤</translation>
    </message>
    <message>
        <source>Move the Step Down</source>
        <translation>下移步骤</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Your settings cannot be saved in {folder}: {reason}.</source>
        <translation>无法在 {folder} 中保存您的设置：{reason}。</translation>
    </message>
    <message>
        <source>Already Running</source>
        <translation>已在运行</translation>
    </message>
    <message>
        <source>{app} is already open but did not answer. Wait a moment and try again; if it stays like this, close the open copy (or restart your computer) and start it again.</source>
        <translation>{app} 已经打开，但没有响应。请稍等片刻再试；如果一直如此，请关闭已打开的程序（或重启计算机），然后重新启动。</translation>
    </message>
    <message>
        <source>The App Is Incomplete</source>
        <translation>应用不完整</translation>
    </message>
    <message>
        <source>The Point Catalog Has Errors</source>
        <translation>穴位目录有错误</translation>
    </message>
    <message>
        <source>{app} cannot start because its point data failed its checks (%n problem(s)). Reinstalling the app should fix this. If you edited the data files, the details say which file, item and field to correct.</source>
        <translation>{app} 无法启动，因为其穴位数据未通过检查（%n 个问题）。重新安装本应用应该可以解决此问题。如果您编辑过数据文件，详细信息会说明需要更正哪个文件、条目和字段。</translation>
    </message>
</context>
<context>
    <name>LearnCharts</name>
    <message>
        <source>Cards learnt</source>
        <translation>已掌握的卡片</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Points found (right or close)</source>
        <translation>找到的穴位（正确或接近）</translation>
    </message>
    <message>
        <source>Reviews in the next two weeks</source>
        <translation>未来两周的复习</translation>
    </message>
    <message>
        <source>days from today</source>
        <translation>距今天的天数</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Find the point on the body</source>
        <translation>在人体上找到穴位</translation>
    </message>
    <message>
        <source>Name the point shown</source>
        <translation>说出所示穴位的名称</translation>
    </message>
    <message>
        <source>Which point is used for…</source>
        <translation>哪个穴位用于…</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>卡组</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>题目类型</translation>
    </message>
    <message>
        <source>Code, pinyin and English</source>
        <translation>编号、拼音和英文名</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English names</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>How choices name the points</source>
        <translation>选项中穴位的命名方式</translation>
    </message>
    <message>
        <source>New cards a day</source>
        <translation>每天新卡片数</translation>
    </message>
    <message>
        <source>How many cards you have not seen before may come each day</source>
        <translation>每天最多可出现多少张您没见过的卡片</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>题目：</translation>
    </message>
    <message>
        <source>Choices by:</source>
        <translation>选项显示：</translation>
    </message>
    <message>
        <source>New cards a day:</source>
        <translation>每天新卡片数：</translation>
    </message>
    <message>
        <source>Learn the points</source>
        <translation>学习穴位</translation>
    </message>
    <message>
        <source>Short daily reviews: each card comes back just before you would forget it.</source>
        <translation>每天简短复习：每张卡片都会在您快要忘记之前再次出现。</translation>
    </message>
    <message>
        <source>{deck} · {new} new · {due} due · {learnt} of {total} learnt</source>
        <translation>{deck} · {new} 张新卡片 · {due} 张待复习 · 已掌握 {learnt}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start (%n Due Now)</source>
        <translation>
            <numerusform>开始（现有 %n 张待复习）(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{deck}: %n to answer now (new cards: up to {new_left} more today).</source>
        <translation>
            <numerusform>{deck}：现在有 %n 张待回答（今天最多还会有 {new_left} 张新卡片）。</numerusform>
        </translation>
    </message>
    <message>
        <source>when you add new cards tomorrow</source>
        <translation>明天加入新卡片时</translation>
    </message>
    <message>
        <source>{deck}: nothing due now. Next review {when}.</source>
        <translation>{deck}：现在没有待复习的卡片。下次复习：{when}。</translation>
    </message>
    <message numerus="yes">
        <source>Done for now: %n answered. {counts}</source>
        <translation>
            <numerusform>本轮完成：已回答 %n 张。{counts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Click a point on the body map, or press Ctrl+K to search.</source>
        <translation>点击人体图上的穴位，或按 Ctrl+K 搜索。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Body Map</source>
        <translation>人体图</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Find Help</source>
        <translation>查找帮助</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>组合练习</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>按摩垫</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>This view shows both sides of the body, marked RIGHT and LEFT.</source>
        <translation>此视图显示身体两侧，分别标有“右”和“左”。</translation>
    </message>
    <message>
        <source>Showing the left side.</source>
        <translation>正在显示左侧。</translation>
    </message>
    <message>
        <source>Showing the right side.</source>
        <translation>正在显示右侧。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Measuring in Cun…</source>
        <translation>按寸测量(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Safety and Your Health…</source>
        <translation>安全与您的健康(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) arrived from your other computers.</source>
        <translation>
            <numerusform>从您的其他电脑传来 %n 次练习。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Show this view for the right side of the body</source>
        <translation>显示身体右侧的此视图</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Show this view for the left side of the body (the drawing mirrored)</source>
        <translation>显示身体左侧的此视图（图示为镜像）</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>体表标志</translation>
    </message>
    <message>
        <source>Name the creases, bones and tendons the points are measured from</source>
        <translation>标出测量穴位所依据的皮肤横纹、骨骼和肌腱的名称</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>经络</translation>
    </message>
    <message>
        <source>Draw the channels: none, the selected point&apos;s, or those you tick</source>
        <translation>绘制经络：不绘制、所选穴位的经络，或您勾选的经络</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>完整显示</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>显示整个图示</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>{view} · self-care points</source>
        <translation>{view} · 自我保健穴位</translation>
    </message>
    <message>
        <source>The whole body shows the points written for self-care; a region view (face, arm, leg...) shows every point of the atlas.</source>
        <translation>全身视图显示为自我保健编写的穴位；局部视图（面部、手臂、腿部……）显示图谱中的所有穴位。</translation>
    </message>
    <message>
        <source>This view shows both sides of the body, marked RIGHT and LEFT</source>
        <translation>此视图显示身体两侧，分别标有“右”和“左”</translation>
    </message>
</context>
<context>
    <name>MatPage</name>
    <message>
        <source>Lower yourself onto the mat slowly, and get up slowly: roll to one side first.</source>
        <translation>慢慢地把身体放到垫子上，起身时也要慢慢来：先翻身侧向一边。</translation>
    </message>
    <message>
        <source>The first minute prickles; most people relax after that. Breathe slowly.</source>
        <translation>最初一分钟会有刺刺的感觉；之后大多数人会放松下来。请慢慢呼吸。</translation>
    </message>
    <message>
        <source>Beginners start with a few minutes on a thin layer of cloth.</source>
        <translation>初学者先隔一层薄布，练习几分钟。</translation>
    </message>
    <message>
        <source>A mat can leave red marks and, more than finger pressure, bruises. Never lie on a bruise, wound or swelling.</source>
        <translation>按摩垫可能会留下红印，而且比手指按压更容易造成瘀青。切勿让有瘀青、伤口或肿胀的部位压在垫子上。</translation>
    </message>
    <message>
        <source>Lie on your back</source>
        <translation>仰卧</translation>
    </message>
    <message>
        <source>Sit (feet or back on the mat)</source>
        <translation>坐姿（双脚或背部放在垫子上）</translation>
    </message>
    <message>
        <source>Stand on it</source>
        <translation>站在垫子上</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes on the mat, 5 to 30</source>
        <translation>在垫子上的分钟数，5 到 30</translation>
    </message>
    <message>
        <source>Through a layer of cloth</source>
        <translation>隔一层布</translation>
    </message>
    <message>
        <source>On bare skin</source>
        <translation>直接接触皮肤</translation>
    </message>
    <message>
        <source>Your target time on the mat</source>
        <translation>您在垫子上的目标时长</translation>
    </message>
    <message>
        <source>Just practising</source>
        <translation>只是练习</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>姿势</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>接触方式</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>练习目的是什么？</translation>
    </message>
    <message>
        <source>How strong is it now (0-10)?</source>
        <translation>它现在有多强烈（0-10）？</translation>
    </message>
    <message>
        <source>&amp;Use This</source>
        <translation>采用此建议(&amp;U)</translation>
    </message>
    <message>
        <source>Working up to</source>
        <translation>目标逐步增加到</translation>
    </message>
    <message>
        <source>&amp;Start Mat Session</source>
        <translation>开始按摩垫练习(&amp;S)</translation>
    </message>
    <message>
        <source>Acupressure mat</source>
        <translation>穴位按摩垫</translation>
    </message>
    <message>
        <source>Applies to you</source>
        <translation>与您相关</translation>
    </message>
</context>
<context>
    <name>MatSuggestion</name>
    <message>
        <source>Next: {minutes} min on a layer of cloth</source>
        <translation>下一次：隔一层布 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Next: {minutes} min on bare skin</source>
        <translation>下一次：直接接触皮肤 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Beginners start short, on a layer of cloth.</source>
        <translation>初学者从短时间开始，隔一层布。</translation>
    </message>
    <message>
        <source>Last time you stopped after {minutes} min; stay there for now.</source>
        <translation>上次您在 {minutes} 分钟后停止；目前请先保持这个时长。</translation>
    </message>
    <message>
        <source>You have reached your target of {minutes} min.</source>
        <translation>您已达到 {minutes} 分钟的目标。</translation>
    </message>
    <message>
        <source>You finished {minutes} min last time, so a minute more. You have been comfortable on a layer; try bare skin if you like.</source>
        <translation>上次您完成了 {minutes} 分钟，所以这次多加一分钟。您隔着布时一直感觉舒适；如果愿意，可以尝试直接接触皮肤。</translation>
    </message>
    <message>
        <source>You finished {minutes} min last time, so a minute more.</source>
        <translation>上次您完成了 {minutes} 分钟，所以这次多加一分钟。</translation>
    </message>
</context>
<context>
    <name>MeasureBar</name>
    <message>
        <source>This step of the measurement</source>
        <translation>测量的这一步</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next Step ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to measure {code}&lt;/b&gt; · step {step} of {count}</source>
        <translation>&lt;b&gt;如何测量 {code}&lt;/b&gt; · 第 {step} 步，共 {count} 步</translation>
    </message>
</context>
<context>
    <name>MeasuringGuide</name>
    <message>
        <source>How to measure {code} cannot be shown: {error}</source>
        <translation>无法显示 {code} 的测量方法：{error}</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Get ready</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <source>Raise the pressure</source>
        <translation>逐渐加压</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Ease off</source>
        <translation>慢慢放松</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>小幅画圈</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>换边</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Rest on the mat</source>
        <translation>在垫子上休息</translation>
    </message>
    <message>
        <source>Get up slowly</source>
        <translation>慢慢起身</translation>
    </message>
    <message>
        <source>Sit or lie comfortably and find the point with your fingertip.</source>
        <translation>舒适地坐下或躺下，用指尖找到穴位。</translation>
    </message>
    <message>
        <source>Breathe in slowly as the circle grows, and out as it shrinks.</source>
        <translation>圆圈变大时慢慢吸气，变小时慢慢呼气。</translation>
    </message>
    <message>
        <source>Press a little more with each breath, slowly, until it feels firm.</source>
        <translation>随着每次呼吸稍微多加一点压力，慢慢来，直到感觉有力。</translation>
    </message>
    <message>
        <source>Hold a steady, medium-firm pressure. Firm, never painful.</source>
        <translation>保持稳定、中等偏重的压力。要有力，但绝不能疼痛。</translation>
    </message>
    <message>
        <source>Slowly let the pressure go, a little at a time.</source>
        <translation>慢慢地松开压力，一点一点来。</translation>
    </message>
    <message>
        <source>Press and make small, slow circles, one with each cue.</source>
        <translation>按压并缓慢地画小圈，每个提示画一圈。</translation>
    </message>
    <message>
        <source>Let go, rest for a moment, and find the point on the other side.</source>
        <translation>松开手，稍事休息，然后找到另一侧的穴位。</translation>
    </message>
    <message>
        <source>Lower yourself slowly onto the mat and breathe. The prickling usually eases within a minute.</source>
        <translation>慢慢地把身体放到垫子上，保持呼吸。刺刺的感觉通常在一分钟内就会减轻。</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. Let your muscles soften.</source>
        <translation>保持不动，轻松地呼吸。让肌肉放松下来。</translation>
    </message>
    <message>
        <source>Breathe a little deeper. When the time is up, roll to one side and get up slowly.</source>
        <translation>呼吸稍微深一点。时间到了以后，先翻身侧向一边，再慢慢起身。</translation>
    </message>
    <message>
        <source>Lay the mat on a firm, flat surface, with a layer of cloth if you chose one, and get into position beside it.</source>
        <translation>把垫子铺在坚固平坦的地方，如果您选择了隔布，请铺上一层布，然后在垫子旁边摆好姿势。</translation>
    </message>
    <message>
        <source>Breathe in slowly as the circle grows, and out as it shrinks, before you lower yourself onto the mat.</source>
        <translation>在把身体放到垫子上之前，圆圈变大时慢慢吸气，变小时慢慢呼气。</translation>
    </message>
    <message>
        <source>Press a little more with each breath, slowly, until you feel it clearly. Keep it gentle.</source>
        <translation>随着每次呼吸稍微多加一点压力，慢慢来，直到能清楚地感觉到。保持轻柔。</translation>
    </message>
    <message>
        <source>Hold a steady, gentle pressure: clearly felt, never enough to leave a mark.</source>
        <translation>保持稳定、轻柔的压力：能清楚地感觉到，但绝不至于留下印痕。</translation>
    </message>
    <message>
        <source>Press gently and make small, slow circles, one with each cue.</source>
        <translation>轻轻按压，缓慢地画小圈，每个提示画一圈。</translation>
    </message>
</context>
<context>
    <name>PhaseSpeaker</name>
    <message>
        <source>Spoken phase names are off: text to speech is not installed ({error}).</source>
        <translation>已关闭阶段名称朗读：未安装文字转语音（{error}）。</translation>
    </message>
    <message>
        <source>Spoken phase names are off: this system has no speech engine.</source>
        <translation>已关闭阶段名称朗读：此系统没有语音引擎。</translation>
    </message>
</context>
<context>
    <name>PhaseTable</name>
    <message>
        <source>{phase} ({side})</source>
        <translation>{phase}（{side}）</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} / {planned}</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>提前结束</translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <source>Never press on bruises, cuts, open wounds or swelling. Pressure should feel firm, never painful: ease off or stop if it hurts.</source>
        <translation>切勿按压瘀青、割伤、开放性伤口或肿胀处。压力应感觉有力，但绝不疼痛：如果疼痛，请减轻力度或停止。</translation>
    </message>
    <message>
        <source>Acupressure describes traditional practice. It is not a substitute for medical care: see a doctor about symptoms that are severe, sudden or do not go away.</source>
        <translation>穴位按压描述的是传统做法，不能代替医疗护理：如果症状严重、突然出现或一直不消失，请就医。</translation>
    </message>
    <message>
        <source>Shown for reference: the app has no self-care guide for this point, so it offers no guided session on it. The points listed under Find help have one.</source>
        <translation>供参考显示：本应用没有此穴位的自我保健指南，因此不提供针对它的引导练习。“查找帮助”中列出的穴位都有指南。</translation>
    </message>
    <message>
        <source>Reference only: not for pressing yourself</source>
        <translation>仅供参考：不宜自行按压</translation>
    </message>
    <message>
        <source>Shown for reference</source>
        <translation>供参考显示</translation>
    </message>
    <message>
        <source>on both sides of the body</source>
        <translation>位于身体两侧</translation>
    </message>
    <message>
        <source>on the centre line of the body</source>
        <translation>位于身体正中线上</translation>
    </message>
    <message>
        <source>on the left side only</source>
        <translation>仅位于左侧</translation>
    </message>
    <message>
        <source>on the right side only</source>
        <translation>仅位于右侧</translation>
    </message>
    <message>
        <source>Point details</source>
        <translation>穴位详情</translation>
    </message>
    <message>
        <source>Start Guided Session</source>
        <translation>开始引导练习</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>已有一个练习正在进行。</translation>
    </message>
    <message>
        <source>Choose a point</source>
        <translation>选择一个穴位</translation>
    </message>
    <message>
        <source>Click a dot on the body map, or search by name, code or what you would like help with (Ctrl+K).</source>
        <translation>点击人体图上的圆点，或按名称、编号或您想得到帮助的方面搜索（Ctrl+K）。</translation>
    </message>
    <message>
        <source>Not practised yet</source>
        <translation>尚未练习</translation>
    </message>
    <message>
        <source>once</source>
        <translation>1 次</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Practised {times} · last {when}</source>
        <translation>已练习 {times} · 上次：{when}</translation>
    </message>
    <message>
        <source>Applies to you ({conditions}):</source>
        <translation>与您相关（{conditions}）：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not for pressing yourself:&lt;/b&gt; {reason} The app shows where it is and offers no session on it.</source>
        <translation>&lt;b&gt;不宜自行按压：&lt;/b&gt;{reason}本应用只显示其位置，不提供针对它的练习。</translation>
    </message>
    <message>
        <source>Also numbered {code} in {standard}</source>
        <translation>在 {standard} 中也编号为 {code}</translation>
    </message>
    <message numerus="yes">
        <source>Its %n spot(s) on each side:</source>
        <translation>
            <numerusform>每侧有 %n 个点位：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n spot(s):</source>
        <translation>
            <numerusform>共有 %n 个点位：</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} on the diagram {view}</source>
        <translation>{view}示意图上的 {code}</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Shown on: {views}</source>
        <translation>显示于：{views}</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Show how to measure it, step by step</source>
        <translation>逐步显示如何测量</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>手指</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>力度</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>姿势</translation>
    </message>
    <message>
        <source>How to find it</source>
        <translation>如何找到</translation>
    </message>
    <message>
        <source>How to press it</source>
        <translation>如何按压</translation>
    </message>
    <message>
        <source>Traditionally used for</source>
        <translation>传统用途</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>By channel</source>
        <translation>按经络</translation>
    </message>
    <message>
        <source>By body region</source>
        <translation>按身体部位</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A 到 Z</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>自我保健</translation>
    </message>
    <message>
        <source>Not to press</source>
        <translation>不宜按压</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Arrange points</source>
        <translation>穴位排列方式</translation>
    </message>
    <message>
        <source>Filter by code, name or characters</source>
        <translation>按编号、名称或汉字筛选</translation>
    </message>
    <message>
        <source>Filter points</source>
        <translation>筛选穴位</translation>
    </message>
    <message>
        <source>&amp;Self-care points only</source>
        <translation>仅显示自我保健穴位(&amp;S)</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Show on &amp;Body Map</source>
        <translation>在人体图上显示(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n point(s)</source>
        <translation>
            <numerusform>{shown} / %n 个穴位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 个穴位</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous on the channel: {code} {pinyin}</source>
        <translation>经络上的上一个：{code} {pinyin}</translation>
    </message>
    <message>
        <source>Next on the channel: {code} {pinyin}</source>
        <translation>经络上的下一个：{code} {pinyin}</translation>
    </message>
</context>
<context>
    <name>PracticeContext</name>
    <message>
        <source>Stop the Session?</source>
        <translation>停止练习？</translation>
    </message>
    <message>
        <source>Stop now?</source>
        <translation>现在停止？</translation>
    </message>
    <message>
        <source>Stop Session</source>
        <translation>停止练习</translation>
    </message>
    <message>
        <source>What you have done so far is kept in your history. The session is paused while you decide.</source>
        <translation>到目前为止完成的内容会保留在您的历史记录中。在您做决定期间，练习已暂停。</translation>
    </message>
    <message>
        <source>Keep Going</source>
        <translation>继续练习</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>lying on your back</source>
        <translation>仰卧</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>坐姿</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>站立</translation>
    </message>
    <message>
        <source>through a layer of cloth</source>
        <translation>隔一层布</translation>
    </message>
    <message>
        <source>on bare skin</source>
        <translation>直接接触皮肤</translation>
    </message>
    <message>
        <source>Acupressure mat · {position}, {minutes} min, {surface}</source>
        <translation>穴位按摩垫 · {position}，{minutes} 分钟，{surface}</translation>
    </message>
    <message>
        <source>Guided session: {point}</source>
        <translation>引导练习：{point}</translation>
    </message>
    <message>
        <source>Routine: {routine}</source>
        <translation>组合练习：{routine}</translation>
    </message>
    <message>
        <source>Acupressure mat</source>
        <translation>穴位按摩垫</translation>
    </message>
    <message>
        <source>Next Point ▶</source>
        <translation>下一个穴位 ▶</translation>
    </message>
    <message>
        <source>Leave this point and go on to the next (→)</source>
        <translation>离开此穴位，进入下一个（→）</translation>
    </message>
    <message>
        <source>Point {number} of {total} · {routine}.</source>
        <translation>第 {number} 个穴位，共 {total} 个 · {routine}。</translation>
    </message>
    <message>
        <source>This session is not being saved.</source>
        <translation>此练习不会被保存。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>与系统相同</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>新语言将在下次启动本应用时生效。</translation>
    </message>
    <message>
        <source>Mute sound cues</source>
        <translation>静音提示音</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>提示音音量</translation>
    </message>
    <message>
        <source>Speak the name of each phase</source>
        <translation>朗读每个阶段的名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> 次/天</translation>
    </message>
    <message>
        <source>Daily practice goal</source>
        <translation>每日练习目标</translation>
    </message>
    <message>
        <source>What counts: a point pressed for a minute, five minutes on a mat, half a routine; 2 or 3 a day is plenty</source>
        <translation>计入的练习：按压一个穴位一分钟、在按摩垫上五分钟、半个组合练习；每天 2 到 3 次就足够了</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time to find the point before a session</source>
        <translation>练习开始前寻找穴位的时间</translation>
    </message>
    <message>
        <source>How long &quot;Get ready&quot; lasts at the start of a session, to find the point</source>
        <translation>练习开始时“准备”阶段持续多久，用于寻找穴位</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Health and Safety Answers…</source>
        <translation>健康与安全问卷回答…</translation>
    </message>
    <message>
        <source>The conditions you told the safety screen about; change them here</source>
        <translation>您在安全问卷中告知的情况；可在此处更改</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>Your settings cannot be saved in {folder}. They apply until you close the app.</source>
        <translation>无法将您的设置保存在 {folder} 中。在您关闭本应用之前，这些设置仍然有效。</translation>
    </message>
    <message>
        <source>Your settings file cannot be used, so the defaults apply until you close the app.</source>
        <translation>无法使用您的设置文件，因此在您关闭本应用之前将使用默认设置。</translation>
    </message>
    <message>
        <source>Some of your settings could not be read and are back to their defaults.</source>
        <translation>您的部分设置无法读取，已恢复为默认值。</translation>
    </message>
    <message>
        <source>Some of your settings could not be read and are back to their defaults (the old file was kept as {name}).</source>
        <translation>您的部分设置无法读取，已恢复为默认值（旧文件已保留为 {name}）。</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so the defaults are used.</source>
        <translation>您的设置文件已损坏，因此使用默认设置。</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so the defaults are used (the old file was kept as {name}).</source>
        <translation>您的设置文件已损坏，因此使用默认设置（旧文件已保留为 {name}）。</translation>
    </message>
</context>
<context>
    <name>PressurePlot</name>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>pressure</source>
        <translation>压力</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>light</source>
        <translation>轻</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>有力</translation>
    </message>
    <message>
        <source>Pressure curve for the whole session</source>
        <translation>整个练习的压力曲线</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Steady pressure</source>
        <translation>持续按压</translation>
    </message>
    <message>
        <source>Circular massage</source>
        <translation>画圈按揉</translation>
    </message>
    <message>
        <source>Acupressure mat</source>
        <translation>穴位按摩垫</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Where is {point}? Click it on the body.</source>
        <translation>{point} 在哪里？请在人体上点击它。</translation>
    </message>
    <message>
        <source>Which point is this?</source>
        <translation>这是哪个穴位？</translation>
    </message>
    <message>
        <source>Which point is traditionally used for {symptom}?</source>
        <translation>传统上哪个穴位用于{symptom}？</translation>
    </message>
</context>
<context>
    <name>QuizDiagram</name>
    <message>
        <source>Body view for the quiz</source>
        <translation>测验用的人体视图</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>接近</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未答对</translation>
    </message>
    <message>
        <source>Key {number}</source>
        <translation>按键 {number}</translation>
    </message>
    <message>
        <source>How the answer scored</source>
        <translation>答案评判结果</translation>
    </message>
    <message>
        <source>Show the Answer (Space)</source>
        <translation>显示答案（Space）</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>下一题（Enter）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Click the spot, or move the cross with the arrow keys and press Enter.</source>
        <translation>点击该位置，或用方向键移动十字标记，然后按 Enter。</translation>
    </message>
    <message>
        <source>{verdict}: it is {point}.</source>
        <translation>{verdict}：它是 {point}。</translation>
    </message>
    <message>
        <source>It is {point}. It will come back soon.</source>
        <translation>它是 {point}。这张卡片很快会再次出现。</translation>
    </message>
    <message>
        <source>{verdict}: {distance} cun from {code}.</source>
        <translation>{verdict}：距离 {code} {distance} 寸。</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Before Your First Session</source>
        <translation>第一次练习之前</translation>
    </message>
    <message>
        <source>You skipped the safety notes earlier. They take a minute and tell you when not to press and when to see a doctor first. Would you like to read them now?</source>
        <translation>您之前跳过了安全说明。阅读只需一分钟，它会告诉您何时不要按压、何时应先去看医生。现在要阅读吗？</translation>
    </message>
    <message>
        <source>&amp;Read the Safety Notes</source>
        <translation>阅读安全说明(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start Anyway</source>
        <translation>仍然开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remind me to practise</source>
        <translation>提醒我练习</translation>
    </message>
    <message>
        <source>Reminder time {number}</source>
        <translation>提醒时间 {number}</translation>
    </message>
    <message>
        <source>Start at login (to remind you without opening the app)</source>
        <translation>登录时启动（无需打开本应用也能提醒您）</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>The login entry could not be changed in {folder}: {reason}.</source>
        <translation>无法在 {folder} 中更改登录启动项：{reason}。</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <source>Show on Map</source>
        <translation>在人体图上显示</translation>
    </message>
    <message>
        <source>Show {code} on the body map</source>
        <translation>在人体图上显示 {code}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start a guided session on {code}</source>
        <translation>开始 {code} 的引导练习</translation>
    </message>
</context>
<context>
    <name>RoutineIntro</name>
    <message>
        <source>Gentle pressure throughout, because of what you told the safety screen.</source>
        <translation>由于您在安全问卷中的回答，全程使用轻柔的压力。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), about {minutes}.</source>
        <translation>
            <numerusform>%n 个穴位，约 {minutes}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each point starts with a few slow breaths; between points you have %n second(s) to find the next one.</source>
        <translation>
            <numerusform>每个穴位都从几次缓慢的呼吸开始；两个穴位之间，您有 %n 秒时间找到下一个穴位。</numerusform>
        </translation>
    </message>
    <message>
        <source>First: {point}</source>
        <translation>第一个：{point}</translation>
    </message>
    <message>
        <source>Where {code} is</source>
        <translation>{code} 的位置</translation>
    </message>
    <message>
        <source>How strong is it now, 0 to 10?</source>
        <translation>它现在有多强烈，0 到 10？</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>How strong is it now (0-10)?</source>
        <translation>它现在有多强烈（0-10）？</translation>
    </message>
    <message>
        <source>&amp;Start Routine</source>
        <translation>开始组合练习(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>Routines</source>
        <translation>组合练习</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>组合练习名称</translation>
    </message>
    <message>
        <source>No particular complaint</source>
        <translation>无特定不适</translation>
    </message>
    <message>
        <source>Point to add</source>
        <translation>要添加的穴位</translation>
    </message>
    <message>
        <source>&amp;Add Point</source>
        <translation>添加穴位(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>移除穴位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tart Routine</source>
        <translation>开始组合练习(&amp;T)</translation>
    </message>
    <message>
        <source>This routine comes with the app. Duplicate it to make your own version.</source>
        <translation>此组合练习随本应用提供。创建副本即可制作您自己的版本。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>For</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Points, in order (drag, or Ctrl+Up / Ctrl+Down):</source>
        <translation>穴位，按顺序排列（可拖动，或按 Ctrl+Up / Ctrl+Down）：</translation>
    </message>
    <message>
        <source>{routine}  ·  {minutes} min</source>
        <translation>{routine}  ·  {minutes} 分钟</translation>
    </message>
    <message>
        <source>{routine}  (preset)</source>
        <translation>{routine}（预设）</translation>
    </message>
    <message>
        <source>About {time} in all</source>
        <translation>总计约 {time}</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>我的组合练习</translation>
    </message>
    <message>
        <source>{routine} (my copy)</source>
        <translation>{routine}（我的副本）</translation>
    </message>
    <message>
        <source>Rename Routine</source>
        <translation>重命名组合练习</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete Routine</source>
        <translation>删除组合练习</translation>
    </message>
    <message>
        <source>Delete the routine “{routine}”?</source>
        <translation>要删除组合练习“{routine}”吗？</translation>
    </message>
    <message>
        <source>Its steps are gone for good; your history of running it stays.</source>
        <translation>其步骤将被永久删除；您做过这个组合练习的历史记录会保留。</translation>
    </message>
    <message>
        <source>Export Routine</source>
        <translation>导出组合练习</translation>
    </message>
    <message>
        <source>Routine (*.json)</source>
        <translation>组合练习 (*.json)</translation>
    </message>
    <message>
        <source>The routine could not be saved: {problem}.</source>
        <translation>无法保存组合练习：{problem}。</translation>
    </message>
    <message>
        <source>Exported {routine} to {path}.</source>
        <translation>已将 {routine} 导出到 {path}。</translation>
    </message>
    <message>
        <source>Import Routine</source>
        <translation>导入组合练习</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The file could not be read: {problem}.</source>
        <translation>无法读取文件：{problem}。</translation>
    </message>
    <message>
        <source>This routine cannot be used: {problem}.</source>
        <translation>此组合练习无法使用：{problem}。</translation>
    </message>
    <message>
        <source>Imported the routine {routine}.</source>
        <translation>已导入组合练习 {routine}。</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>Not saved: the history file cannot be written just now.</source>
        <translation>未保存：目前无法写入历史记录文件。</translation>
    </message>
    <message>
        <source>Saved the routine {routine}.</source>
        <translation>已保存组合练习 {routine}。</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>using an acupressure mat</source>
        <translation>使用穴位按摩垫</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Your safety answers could not be read ({reason}); please check them.</source>
        <translation>无法读取您的安全问卷回答（{reason}）；请检查一下。</translation>
    </message>
    <message>
        <source>Your safety answers could not be saved in {folder} ({reason}). They apply until you close the app.</source>
        <translation>无法将您的安全问卷回答保存在 {folder} 中（{reason}）。在您关闭本应用之前，这些回答仍然有效。</translation>
    </message>
    <message>
        <source>Your saved safety answers were damaged, so the safety screen asks again.</source>
        <translation>您保存的安全问卷回答已损坏，因此安全问卷会重新询问。</translation>
    </message>
    <message>
        <source>Your saved safety answers were damaged, so the safety screen asks again. The old file was kept as {name}.</source>
        <translation>您保存的安全问卷回答已损坏，因此安全问卷会重新询问。旧文件已保留为 {name}。</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <source>{app}: Safety First</source>
        <translation>{app}：安全第一</translation>
    </message>
    <message>
        <source>Before You Start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Does any of this apply to you?</source>
        <translation>以下情况是否适用于您？</translation>
    </message>
    <message>
        <source>Never press</source>
        <translation>切勿按压</translation>
    </message>
    <message>
        <source>Stop if</source>
        <translation>出现以下情况时停止</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>何时应就医</translation>
    </message>
    <message>
        <source>&amp;Save My Answers</source>
        <translation>保存我的回答(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;kip for Now</source>
        <translation>暂时跳过(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Your answers are kept on this computer only. Change them any time: Help › Safety and Your Health.</source>
        <translation>您的回答只保存在这台计算机上。可随时更改：帮助 › 安全与您的健康。</translation>
    </message>
</context>
<context>
    <name>SavedWork</name>
    <message>
        <source>Your history could not be written before this problem either, so nothing new was saved.</source>
        <translation>在出现此问题之前，您的历史记录就已无法写入，因此没有保存任何新内容。</translation>
    </message>
    <message>
        <source>Your practice history is saved. The practice in progress is saved up to the last few seconds; you can keep going, and if you quit now it is kept in your history as interrupted.</source>
        <translation>您的练习历史记录已保存。正在进行的练习已保存到最近几秒；您可以继续练习，如果现在退出，它会以“已中断”的状态保留在您的历史记录中。</translation>
    </message>
    <message>
        <source>Your practice history is saved; nothing you did was lost.</source>
        <translation>您的练习历史记录已保存；您所做的一切都没有丢失。</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search points or symptoms (Ctrl+K)</source>
        <translation>搜索穴位或症状（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>搜索穴位</translation>
    </message>
    <message>
        <source>{symptom}: get medical help instead if…</source>
        <translation>{symptom}：如有以下情况，请改为寻求医疗帮助…</translation>
    </message>
    <message>
        <source>Left out because of your safety answers: {codes}</source>
        <translation>根据您的安全问卷回答而略去：{codes}</translation>
    </message>
</context>
<context>
    <name>SessionOutcome</name>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>shortened</source>
        <translation>已缩短</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>How strong is it now, 0 to 10?</source>
        <translation>它现在有多强烈，0 到 10？</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>0 (not at all)</source>
        <translation>0（完全没有）</translation>
    </message>
    <message>
        <source>10 (as bad as it gets)</source>
        <translation>10（最难受的程度）</translation>
    </message>
    <message>
        <source>How did it feel? Anything to remember next time? (optional)</source>
        <translation>感觉如何？下次有什么需要记住的吗？（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>How strong is it now?</source>
        <translation>它现在有多强烈？</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>做得好。</translation>
    </message>
    <message>
        <source>Session shortened.</source>
        <translation>练习已缩短。</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>练习已停止。</translation>
    </message>
    <message>
        <source>You stayed on the mat for {time}.</source>
        <translation>您在垫子上停留了 {time}。</translation>
    </message>
    <message>
        <source>You pressed for {time}.</source>
        <translation>您按压了 {time}。</translation>
    </message>
    <message>
        <source>Cut short: {phases}.</source>
        <translation>提前结束的阶段：{phases}。</translation>
    </message>
    <message>
        <source>It counts toward today&apos;s goal.</source>
        <translation>这次练习计入今天的目标。</translation>
    </message>
    <message>
        <source>Sessions count toward the daily goal after five minutes on the mat.</source>
        <translation>在按摩垫上满五分钟后，练习才会计入每日目标。</translation>
    </message>
    <message>
        <source>Sessions count toward the daily goal after a minute of pressing.</source>
        <translation>按压满一分钟后，练习才会计入每日目标。</translation>
    </message>
    <message>
        <source>(This session could not be saved to your history.)</source>
        <translation>（这次练习未能保存到您的历史记录中。）</translation>
    </message>
    <message numerus="yes">
        <source>You pressed all %n point(s) of {routine}.</source>
        <translation>
            <numerusform>您按压了 {routine} 的全部 %n 个穴位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Routine finished, shortened.</source>
        <translation>组合练习已结束（已缩短）。</translation>
    </message>
    <message>
        <source>Routine stopped.</source>
        <translation>组合练习已停止。</translation>
    </message>
    <message numerus="yes">
        <source>You pressed {done} of %n point(s) in full; what you did is kept in your history.</source>
        <translation>
            <numerusform>您完整按压了 %n 个穴位中的 {done} 个；您完成的内容保留在历史记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>(This run could not be saved to your history.)</source>
        <translation>（这次组合练习未能保存到您的历史记录中。）</translation>
    </message>
    <message numerus="yes">
        <source>Notes can be up to %n character(s).</source>
        <translation>
            <numerusform>备注最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未进行到</translation>
    </message>
</context>
<context>
    <name>SessionSetup</name>
    <message>
        <source>Both sides, left then right</source>
        <translation>两侧，先左后右</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>仅右侧</translation>
    </message>
    <message>
        <source>Slow breaths first</source>
        <translation>先缓慢呼吸</translation>
    </message>
    <message>
        <source>Seconds per breath</source>
        <translation>每次呼吸的秒数</translation>
    </message>
    <message>
        <source>Raise pressure over (s)</source>
        <translation>加压时长（秒）</translation>
    </message>
    <message>
        <source>Hold for (s)</source>
        <translation>保持时长（秒）</translation>
    </message>
    <message>
        <source>Ease off over (s)</source>
        <translation>放松时长（秒）</translation>
    </message>
    <message>
        <source>Circle for (s)</source>
        <translation>画圈时长（秒）</translation>
    </message>
    <message>
        <source>Circles a minute</source>
        <translation>每分钟画圈次数</translation>
    </message>
    <message>
        <source>Sit or lie comfortably. Pressure should feel firm, never painful: stop if it hurts.</source>
        <translation>舒适地坐下或躺下。压力应感觉有力，但绝不疼痛：如果疼痛，请停止。</translation>
    </message>
    <message>
        <source>Steady pressure</source>
        <translation>持续按压</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>小幅画圈</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>On the centre line (one point)</source>
        <translation>位于正中线上（一个穴位）</translation>
    </message>
    <message>
        <source>What is it for?</source>
        <translation>练习目的是什么？</translation>
    </message>
    <message>
        <source>Just practising</source>
        <translation>只是练习</translation>
    </message>
    <message>
        <source>How strong is it now, 0 to 10?</source>
        <translation>它现在有多强烈，0 到 10？</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>0 (not at all)</source>
        <translation>0（完全没有）</translation>
    </message>
    <message>
        <source>10 (as bad as it gets)</source>
        <translation>10（最难受的程度）</translation>
    </message>
    <message>
        <source>How strong is it now?</source>
        <translation>它现在有多强烈？</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Please type a number.</source>
        <translation>请输入一个数字。</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <source>{symptom}: get medical help instead if…</source>
        <translation>{symptom}：如有以下情况，请改为寻求医疗帮助…</translation>
    </message>
    <message>
        <source>Please use at least {value}.</source>
        <translation>请输入不小于 {value} 的值。</translation>
    </message>
    <message>
        <source>Please use at most {value}.</source>
        <translation>请输入不大于 {value} 的值。</translation>
    </message>
    <message>
        <source>Please use a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>正中</translation>
    </message>
    <message>
        <source>Time left in this phase</source>
        <translation>本阶段剩余时间</translation>
    </message>
    <message>
        <source>Show the breathing guide all the time</source>
        <translation>始终显示呼吸引导</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续（Space）</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>This phase again, or the one before (←)</source>
        <translation>重新开始本阶段，或回到上一阶段（←）</translation>
    </message>
    <message>
        <source>Next Phase ▶</source>
        <translation>下一阶段 ▶</translation>
    </message>
    <message>
        <source>Go on to the next phase now (→)</source>
        <translation>立即进入下一阶段（→）</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>停止…</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>停止练习（Esc）</translation>
    </message>
    <message>
        <source>Focus Mode</source>
        <translation>专注模式</translation>
    </message>
    <message>
        <source>Full screen with large type (F11)</source>
        <translation>全屏并使用大字体（F11）</translation>
    </message>
    <message>
        <source>Paused · press Space or Resume to go on</source>
        <translation>已暂停 · 按 Space 或“继续”以继续</translation>
    </message>
    <message>
        <source>Where {code} is</source>
        <translation>{code} 的位置</translation>
    </message>
    <message>
        <source>{phase}. {guidance}</source>
        <translation>{phase}。{guidance}</translation>
    </message>
    <message>
        <source>Session {time} left</source>
        <translation>练习剩余 {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SideLabel</name>
    <message>
        <source>LEFT</source>
        <translation>左</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>右</translation>
    </message>
    <message>
        <source>The person&apos;s left side</source>
        <translation>人体的左侧</translation>
    </message>
    <message>
        <source>The person&apos;s right side</source>
        <translation>人体的右侧</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>正中</translation>
    </message>
</context>
<context>
    <name>SoundCues</name>
    <message>
        <source>Sound cues are off: the system&apos;s audio library is missing ({error}).</source>
        <translation>提示音已关闭：缺少系统音频库（{error}）。</translation>
    </message>
    <message>
        <source>Sound cues are off: no audio output was found. Follow the cues on screen.</source>
        <translation>提示音已关闭：未找到音频输出设备。请跟随屏幕上的提示。</translation>
    </message>
    <message>
        <source>Sound cues are off: the sound files are missing from {folder}.</source>
        <translation>提示音已关闭：{folder} 中缺少声音文件。</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps: Ctrl+Up and Ctrl+Down move the selected step</source>
        <translation>步骤：Ctrl+Up 和 Ctrl+Down 可移动所选步骤</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync folder {folder} cannot be found (a drive not plugged in, or a share not mounted?). Your practice is kept on this computer and shared once the folder is back.</source>
        <translation>找不到同步文件夹 {folder}（驱动器未插入，或共享未挂载？）。您的练习保存在本机，文件夹恢复后即会共享。</translation>
    </message>
    <message>
        <source>The sync folder {folder} cannot be read: {reason}. Your history here is unchanged.</source>
        <translation>无法读取同步文件夹 {folder}：{reason}。本机的历史记录没有改变。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>{folder} holds the app&apos;s own history database, which must never be in a synced folder. Choose a folder of its own, such as ~/Sync.</source>
        <translation>{folder} 中有应用自己的历史数据库，它绝不能放在同步文件夹里。请选择一个单独的文件夹，例如 ~/Sync。</translation>
    </message>
    <message>
        <source>The app cannot write to {folder}: {reason}. Choose a folder you can change.</source>
        <translation>应用无法写入 {folder}：{reason}。请选择一个您可以修改的文件夹。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>SyncNotice</name>
    <message>
        <source>it is far too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>it does not start like a journal</source>
        <translation>文件开头不是日志格式</translation>
    </message>
    <message>
        <source>it is in another device&apos;s folder</source>
        <translation>文件位于另一台设备的文件夹中</translation>
    </message>
    <message>
        <source>a line of it is not a change the app writes</source>
        <translation>其中有一行不是本应用写入的更改</translation>
    </message>
    <message>
        <source>{file} in the sync folder was not read: {why}.</source>
        <translation>同步文件夹中的 {file} 未被读取：{why}。</translation>
    </message>
    <message>
        <source>Your practice is saved here and waits to be written to the sync folder {folder} ({reason}).</source>
        <translation>您的练习已保存在本机，正等待写入同步文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
        <source>Some journals in the sync folder come from a newer version of the app and were skipped: update the app on this computer to read them.</source>
        <translation>同步文件夹中的部分日志来自更新版本的应用，已被跳过：请在这台电脑上更新应用后再读取。</translation>
    </message>
</context>
<context>
    <name>SyncPreferences</name>
    <message>
        <source>Keep one history on all your computers through a folder you already keep in sync, with Syncthing, Nextcloud, a network share or a USB stick. The app only writes its own journal into that folder and reads the other computers&apos; journals from it: it sends nothing anywhere itself, and needs no account.</source>
        <translation>通过您已在同步的文件夹（Syncthing、Nextcloud、网络共享或 U 盘），让所有电脑共用一份历史记录。应用只在该文件夹中写入自己的日志，并从中读取其他电脑的日志：应用本身不向任何地方发送数据，也不需要账户。</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>Sync is off</source>
        <translation>同步已关闭</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stop syncing; everything in your history stays on this computer</source>
        <translation>停止同步；历史记录中的一切都留在本机</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <source>How your other computers list this one, e.g. &quot;Desk&quot; or &quot;Laptop&quot;</source>
        <translation>其他电脑显示本机时所用的名称，例如“台式机”或“笔记本”</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Last wrote to the folder</source>
        <translation>最近写入文件夹</translation>
    </message>
    <message>
        <source>Your computers in the sync folder</source>
        <translation>同步文件夹中的电脑</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Read the other computers&apos; changes from the folder now</source>
        <translation>立即从文件夹读取其他电脑的更改</translation>
    </message>
    <message>
        <source>Choose the Folder You Sync</source>
        <translation>选择要同步的文件夹</translation>
    </message>
    <message>
        <source>Sync is off. Your history, with what came from your other computers, stays here.</source>
        <translation>同步已关闭。您的历史记录（包括来自其他电脑的内容）保留在本机。</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name}（本机）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Sync is off: your history is on this computer only.</source>
        <translation>同步已关闭：您的历史记录只在本机。</translation>
    </message>
    <message>
        <source>Last checked {time}.</source>
        <translation>上次检查：{time}。</translation>
    </message>
    <message>
        <source>The folder cannot be reached right now; the app keeps trying.</source>
        <translation>暂时无法访问该文件夹；应用会继续尝试。</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <source>Open {app}</source>
        <translation>打开 {app}</translation>
    </message>
    <message>
        <source>Start the Last Routine</source>
        <translation>开始上次的组合练习</translation>
    </message>
    <message>
        <source>Start a Mat Session</source>
        <translation>开始按摩垫练习</translation>
    </message>
    <message>
        <source>Snooze 10 Minutes</source>
        <translation>10 分钟后再提醒</translation>
    </message>
    <message>
        <source>Snooze 30 Minutes</source>
        <translation>30 分钟后再提醒</translation>
    </message>
    <message>
        <source>Pause Reminders for Today</source>
        <translation>今天暂停提醒</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Your desktop shows no system tray, so reminders appear inside the app while it is open (they cannot show while it is closed).</source>
        <translation>您的桌面没有显示系统托盘，因此提醒只会在本应用打开时显示在应用内（应用关闭时无法显示）。</translation>
    </message>
    <message>
        <source>A few minutes of acupressure? Today so far: {done} of {goal}.</source>
        <translation>来做几分钟穴位按压吧？今天目前已完成：{done}/{goal}。</translation>
    </message>
    <message>
        <source>Snooze or pause from the tray menu.</source>
        <translation>可从托盘菜单中稍后再提醒或暂停提醒。</translation>
    </message>
    <message>
        <source>Time for a little practice</source>
        <translation>该做一点练习了</translation>
    </message>
</context>
<context>
    <name>ViewPicker</name>
    <message>
        <source>Body views</source>
        <translation>人体视图</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>{code} is shown for reference; the app offers no session on it.</source>
        <translation>{code} 供参考显示；本应用不提供针对它的练习。</translation>
    </message>
    <message>
        <source>the routine {name}</source>
        <translation>组合练习“{name}”</translation>
    </message>
    <message>
        <source>None of this routine&apos;s points suit your safety answers.</source>
        <translation>根据您的安全问卷回答，此组合练习中没有适合您的穴位。</translation>
    </message>
    <message>
        <source>Left out because of your safety answers: {codes}</source>
        <translation>根据您的安全问卷回答而略去：{codes}</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>已有一个练习正在进行。</translation>
    </message>
    <message>
        <source>Choose a point first, then walk along its channel.</source>
        <translation>请先选择一个穴位，然后再沿其经络浏览。</translation>
    </message>
    <message>
        <source>{code} is on no channel.</source>
        <translation>{code} 不在任何经络上。</translation>
    </message>
    <message>
        <source>{code} is the last point of its channel.</source>
        <translation>{code} 是其经络的最后一个穴位。</translation>
    </message>
    <message>
        <source>{code} is the first point of its channel.</source>
        <translation>{code} 是其经络的第一个穴位。</translation>
    </message>
    <message>
        <source>{view} · left side</source>
        <translation>{view} · 左侧</translation>
    </message>
    <message>
        <source>{view} · right side</source>
        <translation>{view} · 右侧</translation>
    </message>
</context>
</TS>
